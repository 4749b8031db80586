/** Minimal types for frictionlessdata/datapackage-js (it ships none), as used by the tests. */
declare module 'datapackage' {
  export class Resource {
    readonly name: string;
    readonly tabular: boolean;
    readonly valid: boolean;
    readonly errors: Error[];
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resources: Resource[];
    readonly resourceNames: string[];
    getResource(name: string): Resource | null;
  }
  export function validate(descriptor: string | object): Promise<true | Error[]>;
}
