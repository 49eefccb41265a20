// JSON guards every simulator needs when it reads a request body it does not trust: the domain's.
export { isRecord } from '../domain/json.js';
