// jest's node environment runs each test file in a VM context without Node's structuredClone and
// DOMException, which fake-indexeddb (the device-cache tests) needs. Hand the real ones in.
const { TestEnvironment } = require('jest-environment-node');

class NodeEnvironmentWithWebGlobals extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.structuredClone = structuredClone;
    this.global.DOMException = DOMException;
  }
}

module.exports = NodeEnvironmentWithWebGlobals;
