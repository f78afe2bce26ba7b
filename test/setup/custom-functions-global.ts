/**
 * Excel provides `CustomFunctions` as a global in the functions runtime. Under jest we install a
 * faithful stand-in: the enum values are the real strings of @types/custom-functions-runtime
 * (`invalidValue` is "#VALUE!"), so a test cannot pass against made-up codes.
 */
import { installCustomFunctionsGlobal } from "../support/custom-functions-stub";

installCustomFunctionsGlobal();
