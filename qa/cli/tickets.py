"""CLI for the ticket comparison: ``qa ticket compare|import|eval|bounce``. Library: qa.ticket."""
from __future__ import annotations

import json
import sys

import click

from qa.cli.options import encoding_option, format_option, mapping_option, out_option

COMMANDS: list[click.Command] = []


@click.group("ticket")
def ticket_group():
    """Compare calls with the tickets agents wrote; import exports; bounce-back list.

    \b
    Example:
      qa ticket compare out/calls/call-01.json --tickets exports/servicenow.csv
    """


@ticket_group.command("compare")
@click.argument("calls", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--tickets", "-t", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Ticket export: JSON, JSON lines or CSV (Zendesk, ServiceNow, Jira SM, Freshdesk, native).")
@mapping_option
@click.option("--ticket-id", help="Compare with this ticket instead of the one the call links to.")
@encoding_option
@out_option("Write the reviews as JSON here.", file=True, dest="out")
def compare_command(calls, tickets, mapping, ticket_id, encoding, out):
    """Find where each call and its ticket disagree; print findings and the documentation score.

    CALLS are call JSON files or folders of them. A call links to its ticket by the ticket_id in its
    metadata, else by a ticket number spoken on the call. Exit 1 when any finding or problem.

    \b
    Example:
      qa ticket compare tests/data/tickets/calls/en-02.json --tickets tests/data/tickets/exports/servicenow.csv
    """
    from qa.fileio import write_json
    from qa.ticket.batch import review_calls

    batch = review_calls(list(calls), tickets, mapping, encoding=encoding, ticket_id=ticket_id)
    for note in batch.notes:
        click.echo(f"Note: {note}", err=True)
    for review in batch.reviews:
        click.echo(f"{review.call_id} <-> {review.ticket_id}: documentation score {review.score:g}, "
                   f"{len(review.findings)} finding(s)")
        for finding in review.findings:
            click.echo(f"  [{finding.severity}] {finding.kind} ({finding.ticket_field}): {finding.message}")
            for ev in finding.call_evidence:
                if ev.text:
                    click.echo(f"      call {ev.start:.1f}s {ev.role or ev.speaker or ''}: {ev.text!r}")
    for ticket in batch.unmatched if len(batch.reviews) > 1 else ():
        click.echo(f"Note: ticket {ticket.ticket_id} ({ticket.source}) matches no call", err=True)
    for problem in batch.problems:
        click.echo(f"Error: {problem}", err=True)
    if out:
        write_json(out, {"reviews": [r.to_dict() for r in batch.reviews], "problems": batch.problems,
                         "unmatched_tickets": [t.ticket_id for t in batch.unmatched]})
    sys.exit(1 if batch.problems or any(r.findings for r in batch.reviews) else 0)


@ticket_group.command("import")
@click.argument("export", type=click.Path(exists=True, dir_okay=False))
@mapping_option
@encoding_option
@out_option("Write the tickets in the native JSON format.", file=True, dest="out")
def import_command(export, mapping, encoding, out):
    """Read a help-desk export, report every bad record, and write it in the native format.

    \b
    Example:
      qa ticket import exports/zendesk.json --out tickets.json
      qa ticket import acme.csv --mapping acme-mapping.yaml --encoding latin-1
    """
    from qa.fileio import write_json
    from qa.ticket import read_tickets

    found = read_tickets(export, mapping, encoding=encoding)
    for note in found.notes:
        click.echo(f"Note: {note}", err=True)
    click.echo(f"{export}: {len(found.tickets)} ticket(s) ({found.system or 'no records'}), "
               f"{len(found.problems)} problem(s)")
    for problem in found.problems:
        click.echo(f"Error: {problem}", err=True)
    if out:
        native = [{"ticket_id": t.ticket_id, "status": t.status, "agent_id": t.agent_id, **t.fields}
                  for t in found.tickets.values()]
        write_json(out, {"tickets": native})
    sys.exit(1 if found.problems or not found.tickets else 0)


@ticket_group.command("eval")
@click.argument("datasets", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--corpus", type=click.Path(exists=True, file_okay=False),
              help="Folder of real recordings a set names (default: $QA_CORPUS or ../shared/corpus).")
@click.option("--json", "as_json", is_flag=True, help="Print the full evaluation as JSON.")
@click.option("--min-precision", default=0.9, show_default=True, help="Exit 1 below this precision.")
@click.option("--min-recall", default=0.9, show_default=True, help="Exit 1 below this recall.")
def eval_command(datasets, corpus, as_json, min_precision, min_recall):
    """Precision, recall and clean pairs kept clean over labelled sets of call + ticket pairs,
    per set and per language (review items, "check the recording", are counted apart; "flagged" is
    the share of expected discrepancies a finding or a review item points at).

    \b
    Example:
      qa ticket eval tests/data/tickets
      qa ticket eval tests/data/tickets tests/data/tickets-fields/test --corpus ../shared/corpus
    """
    from qa.ticket.align import Aligner
    from qa.ticket.evaluate import Evaluation, evaluate

    aligner = Aligner()
    results = [evaluate(d, aligner=aligner, corpus=corpus) for d in datasets]
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in results] if len(results) > 1 else results[0].to_dict(),
                              ensure_ascii=False, indent=2))
    else:
        for result in results:
            _print_pairs(result)
        everything = Evaluation([p for r in results for p in r.pairs], "all")
        click.echo(f"\n{'set / language':<28}{'pairs':>6}{'precision':>10}{'recall':>8}{'clean kept':>11}"
                   f"{'reviews':>8}{'flagged':>8}")
        rows = results + ([everything] if len(results) > 1 else [])
        rows += [everything.subset(lang) for lang in sorted({p.language for p in everything.pairs})]
        for row in rows:
            clean = sum(p.clean for p in row.pairs)
            kept = f"{sum(not p.found for p in row.pairs if p.clean)}/{clean}"
            click.echo(f"{row.name:<28}{len(row.pairs):>6}{row.precision:>10.3f}{row.recall:>8.3f}{kept:>11}"
                       f"{sum(p.reviews for p in row.pairs):>8}{row.flagged:>8.3f}")
    failed = any(r.precision < min_precision or r.recall < min_recall or r.clean_pair_findings
                 or any(p.error for p in r.pairs) for r in results)
    sys.exit(1 if failed else 0)


def _print_pairs(result) -> None:
    click.echo(f"{result.name}\n{'pair':<10}{'lang':<5}{'ticket':<14}{'expected':>9}{'found':>7}{'right':>7}"
               f"{'review':>7}")
    for pair in result.pairs:
        flag = "  ERROR: " + pair.error if pair.error else ("" if pair.matched == len(pair.found) == len(
            pair.expected) else "  <- differs")
        click.echo(f"{pair.pair_id:<10}{pair.language:<5}{pair.ticket_id or '-':<14}{len(pair.expected):>9}"
                   f"{len(pair.found):>7}{pair.matched:>7}{pair.reviews:>7}{flag}")
    clean = sum(p.clean for p in result.pairs)
    click.echo(f"precision {result.precision:.3f}  recall {result.recall:.3f}  flagged {result.flagged:.3f}  "
               f"findings on {clean} clean pairs: {result.clean_pair_findings}  ({len(result.pairs)} pairs)")


@ticket_group.command("bounce")
@click.argument("results_dir", type=click.Path(exists=True, file_okay=False))
@format_option(["text", "json", "csv"], "text")
@out_option("Write the list here instead of printing it.", file=True, dest="out")
def bounce_command(results_dir, fmt, out):
    """Which tickets to send back to which agent, and why, from a folder of result JSON files.

    \b
    Example:
      qa ticket bounce reports/results --format csv --out bounce.csv
    """
    from qa.fileio import atomic_write_text
    from qa.ticket import bounce_back
    from qa.ticket.batch import load_results
    from qa.ticket.report import bounce_csv, bounce_text

    results, problems = load_results(results_dir)
    entries = bounce_back(results)
    text = {"json": lambda: json.dumps(entries, ensure_ascii=False, indent=2) + "\n",
            "csv": lambda: bounce_csv(entries), "text": lambda: bounce_text(entries)}[fmt]()
    if out:
        atomic_write_text(out, text)
        click.echo(f"{len(entries)} ticket(s) to bounce back; written to {out}")
    else:
        click.echo(text, nl=False)
    for problem in problems:
        click.echo(f"Error: {problem}", err=True)
    sys.exit(1 if problems else 0)


COMMANDS.append(ticket_group)
