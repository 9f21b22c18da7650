// Types for serve.mjs (plain JavaScript so that it runs from the command line without a loader).
export declare const FIXTURES_DIR: string;
export declare const DEFAULT_PORT: number;

export interface RunningServer {
  /** e.g. http://127.0.0.1:4321, without a trailing slash */
  url: string;
  port: number;
  close(): Promise<void>;
}

export declare function resolvePath(root: string, urlPath: string): string | null;
export declare function startServer(options?: { port?: number; host?: string; root?: string }): Promise<RunningServer>;
export declare function portFrom(argv?: string[], env?: Record<string, string | undefined>): number;
