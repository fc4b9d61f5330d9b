// The parts of the Frictionless Data `datapackage` library (1.1.10, no types of its own) that the tests use.
declare module 'datapackage' {
  interface Resource {
    read(options: { cast: boolean }): Promise<unknown[][]>;
  }
  interface LoadedPackage {
    valid: boolean;
    errors: Error[];
    getResource(name: string): Resource;
  }
  interface LoadedProfile {
    validate(descriptor: object): { valid: boolean; errors: Error[] };
  }
  const datapackage: {
    Package: { load(descriptor: object, options: { basePath: string; strict: boolean }): Promise<LoadedPackage> };
    Profile: { load(name: string): Promise<LoadedProfile> };
  };
  export default datapackage;
}
