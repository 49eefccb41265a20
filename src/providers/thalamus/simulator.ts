// The simulator lives in ./simulator/; tests outside the Thalamus folder still import this path.
export * from './simulator/index.js';
