package rules

var scenarios = []scenario{}
