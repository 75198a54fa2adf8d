/** RequireJS's `define`, as Creatio provides it to client modules. */
declare function define(name: string, dependencies: string[], factory: (...modules: any[]) => unknown): void;
