/**
 * Entry of the functions bundle. Each family module carries its own @customfunction metadata;
 * custom-functions-metadata-plugin appends the CustomFunctions.associate calls to each of them
 * (webpack.config.js lists every family module as plugin input).
 */
import "./garanties";
