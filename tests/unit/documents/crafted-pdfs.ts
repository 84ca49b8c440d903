// Hand-built PDFs for the validator tests. pdf-lib cannot encrypt, so the password-protected PDF is
// assembled byte by byte: a Standard security handler (RC4, R2) whose /U entry does not match the
// empty user password, so a reader must ask for a password.

function assemble(objects: string[], trailerExtra: string): Uint8Array {
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const PAGE_TREE = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
];

export function encryptedPdf(): Uint8Array {
  const hex32 = (byte: string): string => `<${byte.repeat(32)}>`;
  return assemble(
    [
      ...PAGE_TREE,
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex32('5A')} /U ${hex32('A5')} /P -44 >>`,
    ],
    `/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] `,
  );
}

export function plainCraftedPdf(): Uint8Array {
  return assemble(PAGE_TREE, '');
}

export function zeroPagePdf(): Uint8Array {
  return assemble(
    ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'],
    '',
  );
}
