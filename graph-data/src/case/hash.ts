// SHA-256 of a source's text, synchronous so an edit (adding a source) can stamp it at once
// in either host; @noble/hashes is audited, dependency-free and runs in Node and workers alike.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';

const encoder = new TextEncoder();

export function textHash(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

/** SHA-256 of a file's bytes: the base a journal names. */
export function bytesHash(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
