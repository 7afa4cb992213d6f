import { CsvError, parse as parseStream, type InfoRecord, type Options } from 'csv-parse';
import { parse as parseText } from 'csv-parse/sync';
import { pipeline } from 'node:stream/promises';
import { csvParseProblem } from '../sim/scenario/csv-problems.js';
import { HistoryError } from './history-error.js';

/**
 * Takes one CSV record: its fields, and `line`, the file's line it ends on (1-based). May throw
 * (a {@link HistoryError}): the parse stops and the error is the reader's.
 */
export type RecordSink = (record: string[], line: number) => void;

/**
 * Hands each record of the CSV `text` (the whole file, decoded) to `sink`, in file order, with
 * csv-parse's `options`. Throws {@link HistoryError} naming `file` for text that is not CSV,
 * and what `sink` throws as it is.
 */
export function csvRecordsOfText(text: string, options: Options, file: string, sink: RecordSink): void {
  try {
    parseText(text, { ...options, on_record: onRecord(sink) });
  } catch (error) {
    throw asHistoryError(error, file);
  }
}

/**
 * {@link csvRecordsOfText} for a text that arrives in pieces (a file as it is read), through
 * csv-parse's streaming parser: each record is handed to `sink` as soon as it is parsed, so
 * neither the text nor its rows are held. A piece may end anywhere, even inside a field or a
 * line break. An error of `text` itself (the file cannot be read) is thrown as it is.
 */
export async function csvRecordsOfStream(
  text: AsyncIterable<string>,
  options: Options,
  file: string,
  sink: RecordSink,
): Promise<void> {
  try {
    await pipeline(text, parseStream({ ...options, on_record: onRecord(sink) }), drain);
  } catch (error) {
    // The parser's errors are CsvErrors; anything else is the text's source or the sink's.
    if (error instanceof CsvError) throw asHistoryError(error, file);
    throw error;
  }
}

/** csv-parse's record callback handing each record to `sink`, keeping none. */
function onRecord(sink: RecordSink): (record: string[], context: InfoRecord) => null {
  return (record, context) => {
    sink(record, context.lines);
    // Nothing is kept or passed on by the parser: the sink has the record.
    return null;
  };
}

/** The end of the pipeline: the parser passes nothing on (see {@link onRecord}), only its end. */
async function drain(records: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of records);
}

/** A csv-parse error as the history's {@link HistoryError}; the sink's own HistoryError as it is. */
function asHistoryError(error: unknown, file: string): HistoryError {
  if (error instanceof HistoryError) return error;
  return new HistoryError(file, `not a CSV file: ${csvParseProblem(error)}`);
}
