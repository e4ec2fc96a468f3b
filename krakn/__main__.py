from krakn.cli import entry

entry()
