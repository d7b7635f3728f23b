/** A strict RFC 4180 CSV parser, used to check that CSV templates are well formed. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = 0;
	const body = text.endsWith('\n') ? text : `${text}\n`;
	while (i < body.length) {
		const c = body[i]!;
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i += 2;
				continue;
			}
			if (c === '"') {
				quoted = false;
				i++;
				const next = body[i];
				if (next !== ',' && next !== '\n' && next !== '\r') throw new Error(`csv: text after a closing quote in row ${rows.length + 1}`);
				continue;
			}
			field += c;
			i++;
			continue;
		}
		if (c === '"') {
			if (field !== '') throw new Error(`csv: quote inside an unquoted field in row ${rows.length + 1}`);
			quoted = true;
		} else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && body[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
		i++;
	}
	if (quoted) throw new Error('csv: unterminated quoted field');
	return rows;
}
