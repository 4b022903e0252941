export * from './api-client.js';
export * from './free-port.js';
export * from './start-test-server.js';
