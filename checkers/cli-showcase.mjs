// Checks the folder `portfolio render … -f all -o DIR` wrote: resume.json against the JSON Resume schema
// (ajv, draft-07, with formats) and through `resumed` with the theme `even`, as a JSON Resume user would use it.
// Usage: node cli-showcase.mjs DIR. Prints one line per problem and exits 1 when there is any.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { render } from 'resumed'
import * as even from 'jsonresume-theme-even'

const [dir] = process.argv.slice(2)
if (!dir) {
  console.error('usage: node cli-showcase.mjs DIR')
  process.exit(2)
}
const schema = JSON.parse(readFileSync(new URL('./node_modules/@jsonresume/schema/schema.json', import.meta.url), 'utf8'))
const resume = JSON.parse(readFileSync(join(dir, 'resume.json'), 'utf8'))
const problems = []

const ajv = new Ajv({ allErrors: true, strict: false })
addFormats(ajv)
const validate = ajv.compile(schema)
if (!validate(resume)) {
  for (const error of validate.errors) problems.push(`resume.json: ${error.instancePath || '/'} ${error.message}`)
}

const page = await render(resume, even)
const name = resume?.basics?.name
if (typeof page !== 'string' || !page.includes('</html>') || !name || !page.includes(name)) {
  problems.push(`resume.json: resumed with the theme even did not render a page naming ${name}`)
}

for (const problem of problems) console.log(problem)
console.log(problems.length === 0 ? 'cli-showcase: resume.json valid and rendered by resumed' : `cli-showcase: ${problems.length} problems`)
process.exit(problems.length === 0 ? 0 : 1)
