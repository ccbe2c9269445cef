import { classifyOnlineValidation, type OnlineVerdict } from "../../scripts/manifest/onlineValidation";

// Outputs are office-addin-manifest 3.0's own: the first as printed on a machine with no network,
// the others as its validate command words them (lib/commands.js).
it.each<[string, number | null, string, boolean, OnlineVerdict["kind"]]>([
  [
    "no network",
    1,
    "Error: Unable to contact the manifest validation service.\nFetchError: request to https://validationgateway.omex.office.net/package/api/check?clientId=devx failed, reason: getaddrinfo ENOTFOUND validationgateway.omex.office.net",
    false,
    "unreachable",
  ],
  [
    "a refused connection",
    1,
    "FetchError: request failed, reason: connect ECONNREFUSED 127.0.0.1:443",
    false,
    "unreachable",
  ],
  ["no answer within the time limit", null, "", true, "unreachable"],
  ["the service down", 1, "Unable to validate the manifest.\n503\nService Unavailable", false, "unreachable"],
  ["the service throttling", 1, "Unable to validate the manifest.\n429\nToo Many Requests", false, "unreachable"],
  ["the service refusing the request", 1, "Unable to validate the manifest.\n400\nBad Request", false, "invalid"],
  ["a manifest the service rejects", 1, "Error #1: \nSchema error: ...\nThe manifest is not valid.", false, "invalid"],
  ["a manifest the service accepts", 0, "The manifest is valid.", false, "valid"],
  ["a validator that could not start", null, "spawn node ENOENT", false, "invalid"],
])("classifies %s as %s", (_case, exitCode, output, timedOut, expected) => {
  expect(classifyOnlineValidation({ exitCode, output, timedOut }).kind).toBe(expected);
});
