#!/usr/bin/env node
// pygil command line entry: runs the bundled CLI.
import { main } from "../dist/cli.js";
process.exitCode = main(process.argv.slice(2));
