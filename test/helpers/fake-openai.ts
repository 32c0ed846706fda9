import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for OpenAI's embeddings endpoint on loopback: the only thing tests fake, because it is
// outside the machine. Vectors are bags of hashed words, so texts sharing words are similar.

export interface FakeOpenAI {
  baseUrl: string;
  requests: string[][];
  close: () => Promise<void>;
}

export const DIMENSIONS = 1536;

export function fakeEmbedding(text: string): number[] {
  const v = new Array<number>(DIMENSIONS).fill(0);
  for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    const h = createHash('md5').update(word).digest();
    v[h.readUInt16BE(0) % DIMENSIONS] += 1;
  }
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

/**
 * What the fake chat model answers: the message content for a request's messages, or a status
 * code to fail with.
 */
export type FakeChat = (messages: { role: string; content: string }[]) => string | number;

export async function startFakeOpenAI(chat?: FakeChat): Promise<FakeOpenAI> {
  const requests: string[][] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      if (req.method === 'POST' && req.url?.endsWith('/chat/completions') && chat) {
        const { messages, model } = JSON.parse(body) as {
          messages: { role: string; content: string }[];
          model: string;
        };
        requests.push(messages.map((m) => m.content));
        const answer = chat(messages);
        if (typeof answer === 'number') {
          res.writeHead(answer, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id: 'chatcmpl-fake',
            object: 'chat.completion',
            created: 0,
            model,
            choices: [
              {
                index: 0,
                finish_reason: 'stop',
                message: { role: 'assistant', content: answer, refusal: null },
              },
            ],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
        return;
      }
      if (req.method !== 'POST' || !req.url?.endsWith('/embeddings')) {
        res.writeHead(404).end();
        return;
      }
      const { input, model, encoding_format } = JSON.parse(body) as {
        input: string[];
        model: string;
        encoding_format?: 'float' | 'base64';
      };
      // The SDK asks for base64 (little-endian float32) unless told otherwise, as the real API allows.
      const encode = (v: number[]) =>
        encoding_format === 'base64'
          ? Buffer.from(new Float32Array(v).buffer).toString('base64')
          : v;
      requests.push(input);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          object: 'list',
          model,
          data: input.map((text, index) => ({
            object: 'embedding',
            index,
            embedding: encode(fakeEmbedding(text)),
          })),
          usage: { prompt_tokens: 1, total_tokens: 1 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
