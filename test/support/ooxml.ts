import { strToU8, Zip, ZipDeflate, zipSync, type Zippable } from 'fflate';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const S_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A ZIP of the given parts (text as UTF-8). */
export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = typeof data === 'string' ? strToU8(data) : data;
  return zipSync(zippable);
}

/** A minimal Word package around a w:body's inner XML, with optional styles.xml and numbering.xml bodies. */
export function docxPackage(body: string, extra: { styles?: string; numbering?: string } = {}): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  };
  if (extra.styles) parts['word/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}">${extra.styles}</w:styles>`;
  if (extra.numbering) parts['word/numbering.xml'] = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W_NS}">${extra.numbering}</w:numbering>`;
  return zipParts(parts);
}

/** A minimal Excel package with one sheet whose sheetData (and what follows it, e.g. mergeCells) is given. */
export function xlsxPackage(sheetData: string, after = ''): Record<string, string> {
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${S_NS}" xmlns:r="${R_NS}"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${S_NS}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`,
  };
}

/**
 * A ZIP whose parts are produced in chunks and deflated as a stream, so a part of hundreds of megabytes (a zip
 * bomb) is made without holding it in memory. `chunks(name)` yields the part's bytes.
 */
export function streamedZip(parts: Record<string, () => Iterable<Uint8Array>>): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    out.push(data);
  });
  for (const [name, chunks] of Object.entries(parts)) {
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    let previous: Uint8Array | undefined;
    for (const chunk of chunks()) {
      if (previous) file.push(previous);
      previous = chunk;
    }
    file.push(previous ?? new Uint8Array(0), true);
  }
  zip.end();
  const total = out.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
