#!/usr/bin/env node
// pygil command line entry: runs the bundled CLI and exits with the program's exit code.
import { main } from "../dist/cli.js";
main(process.argv.slice(2)).then((code) => process.exit(code));
