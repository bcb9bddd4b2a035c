// Validates exported API definitions the way a user's tooling would before `az apim api import`:
// against the OpenAPI 3.0 schema, with every $ref resolved. Prints one line per file; exits 1 on
// the first invalid one.
import SwaggerParser from "@apidevtools/swagger-parser";
import { readFileSync } from "node:fs";

let failed = false;
for (const file of process.argv.slice(2)) {
  try {
    const document = JSON.parse(readFileSync(file, "utf8"));
    if (!/^3\.0\.\d+$/.test(document.openapi ?? "")) throw new Error(`openapi is '${document.openapi}', not 3.0.x`);
    await SwaggerParser.validate(file);
    console.log(`valid: ${file}`);
  } catch (error) {
    console.log(`INVALID: ${file}: ${error.message}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
