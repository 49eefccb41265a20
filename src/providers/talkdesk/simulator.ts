// The simulator lives in ./simulator/; tests outside the Talkdesk folder still import this path.
export * from './simulator/index.js';
