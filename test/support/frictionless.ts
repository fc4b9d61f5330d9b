// Frictionless validation of a Fiscal Data Package with the Frictionless Data project's own JavaScript library
// (`datapackage` 1.1.10, with `tableschema`): the descriptor against the published Fiscal Data Package profile, the
// package as the library loads it, and every row of every resource read and cast by its Table Schema. Beside it,
// what the profile leaves unsaid: the model's sources are fields of their resource, and a CSV's header is the
// schema's field names in order.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import datapackage from 'datapackage';

const { Package, Profile } = datapackage;

interface Field {
  name: string;
  type: string;
}

/** The library's errors carry their own list (`errors`) or are one message. */
const messages = (error: unknown): string[] => {
  const list = (error as { errors?: unknown[] }).errors;
  return list?.length ? list.map((e) => String(e instanceof Error ? e.message : e)) : [String(error instanceof Error ? error.message : error)];
};

/** Problems of a Fiscal Data Package (its descriptor and its files by path); empty when valid. */
export async function validateFiscalDataPackage(descriptor: Record<string, unknown>, files: Record<string, string>): Promise<string[]> {
  const problems: string[] = [];
  const fiscal = await Profile.load('fiscal-data-package');
  const checked = fiscal.validate(descriptor);
  if (!checked.valid) problems.push(...checked.errors.flatMap(messages));

  const resources = (descriptor.resources ?? []) as { name: string; path: string; schema: { fields: Field[] } }[];
  const byName = new Map(resources.map((r) => [r.name, r]));
  const model = descriptor.model as { measures: Record<string, { source: string; resource?: string }>; dimensions: Record<string, { attributes: Record<string, { source: string; resource?: string; parent?: string; labelfor?: string }>; primaryKey: string | string[] }> } | undefined;
  const hasField = (resource: string | undefined, source: string) => (byName.get(resource ?? resources[0]?.name ?? '')?.schema.fields ?? []).some((f) => f.name === source);
  for (const [name, m] of Object.entries(model?.measures ?? {})) if (!hasField(m.resource, m.source)) problems.push(`measure ${name}: no field ${m.source}`);
  for (const [name, d] of Object.entries(model?.dimensions ?? {})) {
    for (const [attr, a] of Object.entries(d.attributes)) {
      if (!hasField(a.resource, a.source)) problems.push(`dimension ${name}.${attr}: no field ${a.source}`);
      for (const ref of [a.parent, a.labelfor]) if (ref !== undefined && !(ref in d.attributes)) problems.push(`dimension ${name}.${attr}: refers to ${ref}, not an attribute`);
    }
    for (const key of [d.primaryKey].flat()) if (!(key in d.attributes)) problems.push(`dimension ${name}: primary key ${key} is not an attribute`);
  }

  const missing = resources.filter((r) => files[r.path] === undefined);
  for (const r of missing) problems.push(`resource ${r.name}: file ${r.path} is not in the package`);
  if (missing.length) return problems;

  const dir = await mkdtemp(join(tmpdir(), 'juesuan-fdp-'));
  try {
    for (const r of resources) await writeFile(join(dir, r.path), files[r.path]!);
    const loaded = await Package.load(descriptor, { basePath: dir, strict: false });
    if (!loaded.valid) problems.push(...loaded.errors.flatMap(messages));
    for (const r of resources) {
      const header = files[r.path]!.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
      const names = r.schema.fields.map((f) => f.name).join(',');
      if (header !== names) problems.push(`resource ${r.name}: header ${header} is not ${names}`);
      try {
        await loaded.getResource(r.name).read({ cast: true });
      } catch (error) {
        problems.push(...messages(error).map((m) => `resource ${r.name}: ${m}`));
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return problems;
}
