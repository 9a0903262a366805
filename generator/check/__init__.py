"""Compliance check: rule sets over the model → findings, a score per organisation, reports."""

from generator.check.evaluate import Finding, Outcome, Report, evaluate

__all__ = ["Finding", "Outcome", "Report", "evaluate"]
