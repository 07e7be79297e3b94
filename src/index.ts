// Library entry: `import { run } from "pygil"`.
export { main } from "./cli/main.ts";
