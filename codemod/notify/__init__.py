"""Tell people about drift: a Slack incoming webhook and/or an email over SMTP.

Secrets (the webhook URL, the SMTP login) come only from environment variables named in
`[tool.schemasync.notifications]`. A channel that fails becomes one warning line for the
caller to print: a notification never raises and never changes the exit code of `check`.

Sending lives in `codemod.notify.send`, imported only when there is something to send:
the configuration (`codemod.notify.config`) is read on every run, and reading it must
not import the HTTP and SMTP clients.
"""
