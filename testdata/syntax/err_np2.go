x main
