// Prints the browser the tests will use, installing it first where that is possible.
import { ensureBrowser } from './browser.mjs'

console.log(`Browser for the tests: ${ensureBrowser()}`)
