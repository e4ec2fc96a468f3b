from krakn.cli import main

main()
