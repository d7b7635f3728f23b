// Builds the Pagefind search index over dist/. Fails the build (exit 1) on any indexing error or
// when the index is implausibly small, instead of logging and shipping a site without search.
import * as pagefind from 'pagefind';

const dir = process.argv[2] ?? 'dist';
const fail = (msg) => {
	console.error(`pagefind: ${msg}`);
	process.exit(1);
};

const { errors: createErrors, index } = await pagefind.createIndex({});
if (createErrors.length || !index) fail(createErrors.join('\n') || 'could not create an index');

const { errors, page_count } = await index.addDirectory({ path: dir });
if (errors.length) fail(errors.join('\n'));
// Every docs page is indexed; fewer than this means the data-pagefind-body markup went missing.
const minimum = Number(process.env.PAGEFIND_MIN_PAGES ?? 20);
if (page_count < minimum) fail(`indexed only ${page_count} pages (expected at least ${minimum})`);

const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length) fail(written.errors.join('\n'));
console.log(`pagefind: indexed ${page_count} pages into ${dir}/pagefind`);
await pagefind.close();
