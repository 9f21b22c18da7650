// Types for browsers.mjs (plain JavaScript so that `npm start` runs without a TypeScript loader).
import type { BrowserContext } from '@playwright/test';
import type { Browser } from 'puppeteer-core';

export declare const ROOT: string;
export declare const CHROME_BUILD: string;
export declare const FIREFOX_BUILD: string;
export declare const CHROMIUM_PATH: string;
export declare const FIREFOX_PATH: string;
export declare const GECKO_ID: string;
export declare const FIREFOX_UUID: string;

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  extensionUrl: string;
  close(): Promise<void>;
}

export interface LaunchedFirefox {
  browser: Browser;
  extensionUrl: string;
  close(): Promise<void>;
}

export declare function launchChromium(options?: {
  headless?: boolean;
  extensionPath?: string;
  viewport?: { width: number; height: number } | null;
  args?: string[];
  userDataDir?: string;
}): Promise<LaunchedChromium>;

export declare function launchFirefox(options?: {
  headless?: boolean;
  extensionPath?: string;
  userDataDir?: string;
}): Promise<LaunchedFirefox>;
