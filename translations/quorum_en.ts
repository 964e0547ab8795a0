<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Quorum::Composer</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quorum::StreamError</name>
    <message numerus="yes">
        <source>It asks to wait %n second(s).</source>
        <translation>
            <numerusform>It asks to wait %n second.</numerusform>
            <numerusform>It asks to wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
