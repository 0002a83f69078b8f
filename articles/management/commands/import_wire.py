"""Import wire copy from plain-text files as drafts.

Each file is UTF-8 (or Windows-1252) text: the first non-empty line is the headline, the rest is the body, with
paragraphs separated by blank lines; the agency's slug and embargo lines, version tag and note are
read as such (articles.wire). One bad file is reported and skipped; the others are imported.
"""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from articles import permissions, services
from articles.models import Desk
from articles.wire import NotAStory, parse_wire_text
from newsroom.times import as_recorded


class RejectedFile(Exception):
    """The file cannot become an article; the message says why."""


def read_wire_file(path: Path) -> tuple[str, str]:
    """The file's text and the encoding it was read in."""
    # Checked on bytes before decoding so that a huge file is refused without being read whole.
    # UTF-8 needs at most four bytes a character.
    byte_limit = 4 * (settings.ARTICLE_BODY_MAX_CHARS + settings.ARTICLE_HEADLINE_MAX_CHARS + 1000)
    try:
        with path.open("rb") as wire_file:
            raw = wire_file.read(byte_limit + 1)
    except OSError as error:
        raise RejectedFile(f"it cannot be read ({error.strerror or error})") from None
    if len(raw) > byte_limit:
        raise RejectedFile(
            f"it is too large (over {byte_limit:,} bytes; an article body may have at most "
            f"{settings.ARTICLE_BODY_MAX_CHARS:,} characters)"
        )
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as error:
        not_utf8 = f"it is not valid UTF-8 (byte 0x{raw[error.start]:02x} at offset {error.start})"
    # Older agency feeds and Windows programs write Windows-1252 (of which Latin-1's letters are a
    # part). A file whose accented letters are good UTF-8 but for a damaged byte is damaged UTF-8,
    # though, and read as Windows-1252 each of them would become two wrong letters ("Ã©"): that one
    # is refused. Windows-1252 text holds some byte pairs and triples that happen to be valid UTF-8
    # ("é" before a no-break space and "»", "ß“"), so the whole file decides.
    valid_sequences, invalid_bytes = _utf8_evidence(raw)
    if valid_sequences >= 2 * invalid_bytes:
        raise RejectedFile(f"{not_utf8}, though the rest of it is; save it again as UTF-8")
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise RejectedFile(f"{not_utf8}, nor Windows-1252; save it as UTF-8") from None


def _utf8_evidence(raw: bytes) -> tuple[int, int]:
    """How many characters of the bytes are valid multi-byte UTF-8, and how many bytes are not UTF-8."""
    # surrogateescape turns each byte that is not UTF-8 into one lone surrogate (U+DC80 to U+DCFF).
    text = raw.decode("utf-8", errors="surrogateescape")
    invalid_bytes = sum(1 for character in text if "\udc80" <= character <= "\udcff")
    valid_sequences = sum(1 for character in text if character > "\x7f") - invalid_bytes
    return valid_sequences, invalid_bytes


def describe_validation_error(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


class Command(BaseCommand):
    help = "Import plain-text wire files as draft articles (first non-empty line = headline)."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="text files to import (UTF-8, or Windows-1252)")
        parser.add_argument("--desk", required=True, help="slug of the desk the drafts belong to")
        parser.add_argument("--author", required=True, help="username of the reporter credited")

    def handle(self, *args, files, desk, author, **options):
        desk_obj = Desk.objects.filter(slug=desk).first()
        if desk_obj is None:
            known = ", ".join(Desk.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"There is no desk with the slug {desk!r} (known desks: {known}).")
        author_obj = get_user_model().objects.filter(username=author).first()
        if author_obj is None:
            raise CommandError(f"There is no user called {author!r}.")
        if not permissions.is_reporter(author_obj):
            raise CommandError(f"{author!r} is not an active reporter, so cannot be credited with a draft.")

        imported = updated = skipped = rejected = 0
        saved_article_ids = []
        for name in files:
            try:
                article, revision, story, remarks = self.import_file(Path(name), desk=desk_obj, author=author_obj)
            except RejectedFile as reason:
                rejected += 1
                self.stderr.write(f"rejected {name}: {reason}")
                continue
            except (services.WireCopyAlreadyImported, services.WireUpdateOutOfDate) as reason:
                skipped += 1
                self.stdout.write(f"skipped {name}: {reason}; nothing was changed")
                continue
            saved_article_ids.append(article.pk)
            remarks = "".join(f" ({remark})" for remark in remarks)
            if revision.number == 1:
                imported += 1
                self.stdout.write(f"imported {name} as article #{article.pk} {article.headline!r}{remarks}")
            else:
                updated += 1
                self.stdout.write(
                    f"updated article #{article.pk} {article.headline!r} from {name} "
                    f"({story.version_tag or story.agency_note}; now revision {revision.number}){remarks}"
                )

        self.report_scans_not_queued(saved_article_ids)
        if rejected:
            raise CommandError(
                f"{rejected} of {len(files)} files rejected (see above); "
                f"{imported} imported, {updated} updated, {skipped} skipped."
            )
        self.stdout.write(f"{len(files)} files: {imported} imported, {updated} updated, {skipped} skipped, 0 rejected.")

    def report_scans_not_queued(self, article_ids):
        from factcheck.selectors import articles_with_scans_not_handed_over  # the desk's app builds on this one

        if transaction.get_connection().in_atomic_block:
            # Run inside a caller's transaction, the scans are handed over when it commits: not yet.
            return
        waiting = articles_with_scans_not_handed_over(article_ids)
        if waiting:
            self.stderr.write(
                f"{len(waiting)} of the {len(set(article_ids))} drafts saved could not be handed to the scan "
                f"queue (is Redis running?): articles #{', #'.join(map(str, sorted(waiting)))}. They are saved, "
                "and their scans stay queued: once Redis is back the sweeper queues them within a minute, "
                "and until they are scanned each draft says so."
            )

    def import_file(self, path: Path, *, desk, author):
        text, encoding = read_wire_file(path)
        try:
            story = parse_wire_text(text)
        except NotAStory as reason:
            raise RejectedFile(str(reason)) from None
        try:
            article, revision = services.article_import_wire(
                author=author, desk=desk, story=story, file_name=path.name
            )
        except ValidationError as error:
            raise RejectedFile(describe_validation_error(error)) from None
        except services.WireUpdateOutOfDate:
            raise
        except (PermissionDenied, services.WireUpdateNotApplied) as error:
            raise RejectedFile(str(error)) from None
        remarks = []
        if encoding != "UTF-8":
            remarks.append(f"read as {encoding}: the file is not UTF-8")
        if story.embargo:
            if article.embargo_until is not None:
                held = f"it cannot be published before {as_recorded(article.embargo_until)}"
            else:
                held = "no time could be read from it: an editor sets the embargo on the article in the admin"
            remarks.append(f"{story.embargo}: kept at the top of the body; {held}")
        return article, revision, story, remarks
