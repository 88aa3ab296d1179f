"""qa: review recorded customer-support calls the way a quality-assurance team does."""
__version__ = "0.1.0"

from qa.offline import no_network as _no_network  # noqa: E402  (before any library that calls home)

_no_network()
