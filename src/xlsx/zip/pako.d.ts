// The few parts of pako 1.0.11 (zlib for the browser and Node, no types of its own) the reader and writer use.
declare module "pako" {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    push(data: Uint8Array, mode?: boolean): boolean;
    onData: (chunk: Uint8Array) => void;
    onEnd: (status: number) => void;
    err: number;
    msg: string;
  }
  export class Deflate {
    constructor(options?: { raw?: boolean; level?: number; chunkSize?: number });
    push(data: Uint8Array, mode?: boolean): boolean;
    onData: (chunk: Uint8Array) => void;
    err: number;
    msg: string;
  }
}
