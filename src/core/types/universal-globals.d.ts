// The few web-platform globals core may use because every runtime it runs in has them (browsers,
// extension workers, Node ≥ 20): URL parsing and structuredClone. Declared here, narrowly, so core's own
// typecheck (src/core/tsconfig.json) can leave out the DOM library — a `document`, `window` or `chrome`
// in core is a type error. The root project has the DOM library and does not read this file.

interface URLSearchParams {
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  toString(): string;
}

interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  readonly origin: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  username: string;
  toString(): string;
}

declare var URL: {
  prototype: URL;
  new (url: string, base?: string | URL): URL;
};

declare function structuredClone<T>(value: T): T;
