import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { NON_OBJECT_ARGUMENTS, nonObjectArguments } from '../http/body-errors.js';

/**
 * Answers a tools/call whose `arguments` is not an object with -32602 "Invalid params", as the
 * HTTP transport does, instead of letting the SDK reply with an internal error. Call it after
 * `server.connect(transport)`: it wraps the handler the server installed.
 */
export function refuseNonObjectArguments(transport: Transport): void {
  const handle = transport.onmessage;
  transport.onmessage = (message, extra) => {
    const invalid = nonObjectArguments(message);
    if (!invalid) return handle?.(message, extra);
    void transport.send({
      jsonrpc: '2.0',
      id: invalid.id as string | number,
      error: NON_OBJECT_ARGUMENTS,
    });
  };
}
