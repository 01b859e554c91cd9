/**
 * Every message code core io (and the state around it) hands to the UI and the CLI. Each has a
 * text `messages.<code>` in src/ui/locales/{en,ru,kk}.json (tests/core/io/message-codes.test.ts
 * checks it); `readFailure`/`readProblem` accept only these, so a new message cannot be forgotten.
  * @internal exported for its unit test
 */
export const IO_MESSAGE_CODES = [
  'fileEmpty', 'binaryFile', 'oldXls', 'unsupportedType', 'fileTooLarge', 'fileNotFound', 'isDirectory',
  'fileUnreadable', 'encodingGuessed1251', 'encodingLossy', 'csvUnclosedQuote', 'csvStrayQuote',
  'tooManyNodes', 'tooManyColumns', 'nodeLimitReached', 'matrixTooSmall', 'emptyColumnCode',
  'duplicateColumnCode', 'emptyRowCode', 'duplicateRowCode', 'rowCodeNotInColumns', 'valuesBeyondColumns',
  'cellNotNumber', 'diagonalIgnored', 'matrixNoRows', 'columnsWithoutRows', 'cellsOutOfScale',
  'scoresOutOfScale', 'titleRowsSkipped', 'titleRowsSkippedBeforeLinks', 'noRows', 'needTwoColumns',
  'rowWithoutEnds', 'emptySource', 'emptyTarget', 'scoreNotNumber', 'selfLoopSkipped', 'zeroScoreSkipped',
  'duplicateLinkKept', 'xlsxUnreadable', 'workbookEmpty', 'noTableSheet', 'sheetSkipped', 'xmlNotGraph',
  'xmlNotWellFormed', 'xmlWrongRoot', 'xmlGraphUnreadable', 'noNodes', 'nodesMerged', 'edgeSelfLoopSkipped',
  'edgeScoreNotNumber', 'edgeZeroScoreSkipped', 'edgeDuplicateKept', 'someUndirected', 'invalidJson',
  'cyjsNoElements', 'cyjsNodeWithoutId', 'cyjsDuplicateNode', 'cyjsEdgeWithoutData', 'cyjsEdgeWithoutEnd',
  'cyjsEndNotNode', 'datasetNodesNotList', 'datasetNodeWithoutCode', 'datasetNodeTwice', 'sessionNotNetwork',
  'zeroOrSelfLinksSkipped', 'notADataset', 'unexpectedValue', 'expectedGoals', 'sessionNotJson',
  'sessionNotOurs', 'sessionNoVersion', 'sessionUnknownVersion', 'sessionNewer', 'sessionBadField',
  'sessionUnknownDataset', 'storedRecordSkipped', 'storedUnreadable', 'orientationRowsToColumns',
  'orientationSourceToTarget', 'orientationUndirected', 'orientationMixed', 'atRowAndColumnA',
  'atRowAndColumnATitles', 'atNamedColumn', 'atColumn', 'atEntries', 'atSheet', 'importOpening',
  'importReading', 'importCrashed', 'readerStopped', 'fileNotReadable', 'scoreNotFinite', 'edgeScoreNotFinite',
  'jsonNumberNotFinite', 'networkEmpty', 'internalError', 'nodesTableAlone', 'pairWithoutNodesTable', 'pairNotTwoFiles',
  // hardening (issue 16): cleaned codes, capped warnings, unexpected failures, decompression caps, sessions
  'invisibleCharsRemoved', 'mixedScriptCode', 'moreWarnings', 'linkScoreNotFinite', 'readerFailed', 'xlsxDamaged',
  'xlsxTooBig', 'xlsxTooManyRows', 'sessionImportId', 'sessionImportTwice', 'sessionImportRefused', 'storedNotOpenable',
  // import parse speed (issue 19): the XML protections of the saxes-based GraphML/GEXF readers
  'xmlTooDeep', 'xmlEntitiesRefused',
] as const;

export type IoMessageCode = (typeof IO_MESSAGE_CODES)[number];
