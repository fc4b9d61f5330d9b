// Frictionless validation of a Fiscal Data Package: the descriptor against the published Fiscal Data Package
// profile (JSON Schema, see frictionless/README.md), the model's sources against the resource's fields, and every
// row of a CSV resource against its Table Schema (column names, and each value castable to its field type).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// CommonJS modules: their classes are on `.default` when imported from ES modules.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;

const PROFILE = JSON.parse(readFileSync(resolve(import.meta.dirname, 'frictionless/fiscal-data-package.json'), 'utf8')) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateProfile = ajv.compile(PROFILE);

interface Field {
  name: string;
  type: string;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** Table Schema casting of one value (the default missing value is the empty string). */
function castable(type: string, value: string): boolean {
  if (value === '') return true;
  switch (type) {
    case 'integer':
      return /^[-+]?\d+$/.test(value);
    case 'number':
      return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(value) || ['NaN', 'INF', '-INF'].includes(value);
    case 'year':
      return /^\d{4}$/.test(value);
    case 'boolean':
      return ['true', 'false', 'True', 'False', 'TRUE', 'FALSE', '1', '0'].includes(value);
    case 'string':
      return true;
    default:
      return false;
  }
}

/** Problems of a Fiscal Data Package: descriptor, model and data; empty when valid. */
export function validateFiscalDataPackage(descriptor: Record<string, unknown>, files: Record<string, string>): string[] {
  const problems: string[] = [];
  if (!validateProfile(descriptor)) problems.push(...(validateProfile.errors ?? []).map((e: { instancePath: string; message?: string }) => `descriptor ${e.instancePath || '/'} ${e.message}`));
  const resources = (descriptor.resources ?? []) as { name: string; path: string; schema: { fields: Field[] }; encoding?: string }[];
  const byName = new Map(resources.map((r) => [r.name, r]));
  const model = descriptor.model as { measures: Record<string, { source: string; resource?: string }>; dimensions: Record<string, { attributes: Record<string, { source: string; resource?: string; parent?: string; labelfor?: string }>; primaryKey: string | string[] }> };
  const hasField = (resource: string | undefined, source: string) => (byName.get(resource ?? resources[0]!.name)?.schema.fields ?? []).some((f) => f.name === source);
  for (const [name, m] of Object.entries(model?.measures ?? {})) if (!hasField(m.resource, m.source)) problems.push(`measure ${name}: no field ${m.source}`);
  for (const [name, d] of Object.entries(model?.dimensions ?? {})) {
    for (const [attr, a] of Object.entries(d.attributes)) {
      if (!hasField(a.resource, a.source)) problems.push(`dimension ${name}.${attr}: no field ${a.source}`);
      for (const ref of [a.parent, a.labelfor]) if (ref !== undefined && !(ref in d.attributes)) problems.push(`dimension ${name}.${attr}: refers to ${ref}, not an attribute`);
    }
    for (const key of [d.primaryKey].flat()) if (!(key in d.attributes)) problems.push(`dimension ${name}: primary key ${key} is not an attribute`);
  }
  for (const r of resources) {
    const text = files[r.path];
    if (text === undefined) {
      problems.push(`resource ${r.name}: file ${r.path} is not in the package`);
      continue;
    }
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    const names = r.schema.fields.map((f) => f.name);
    if (header.join(',') !== names.join(',')) problems.push(`resource ${r.name}: header ${header.join(',')} is not ${names.join(',')}`);
    rows.slice(1).forEach((row, i) => {
      if (row.length !== names.length) problems.push(`resource ${r.name} row ${i + 2}: ${row.length} cells, ${names.length} fields`);
      r.schema.fields.forEach((f, j) => {
        if (!castable(f.type, row[j] ?? '')) problems.push(`resource ${r.name} row ${i + 2} ${f.name}: "${row[j]}" is not a ${f.type}`);
      });
    });
  }
  return problems;
}
