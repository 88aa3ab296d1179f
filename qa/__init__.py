"""qa: review recorded customer-support calls the way a quality-assurance team does."""
__version__ = "0.1.0"
