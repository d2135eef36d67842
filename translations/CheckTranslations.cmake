# Fails when a translation misses a string of the sources or leaves one unfinished: runs
# lupdate over the sources on copies of the .ts files (the originals stay as they are) and
# lists what is not translated.
#   cmake -DLUPDATE=... -DSOURCES=list-file -DTS_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
file(MAKE_DIRECTORY "${WORK_DIR}")
set(problems "")
foreach(ts IN ITEMS kartoteka_ru.ts kartoteka_zh_CN.ts kartoteka_en.ts)
    configure_file("${TS_DIR}/${ts}" "${WORK_DIR}/${ts}" COPYONLY)
    # English has only the plural forms of the messages with %n.
    set(only_plurals "")
    if(ts STREQUAL "kartoteka_en.ts")
        set(only_plurals -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" ${only_plurals} -no-obsolete -locations none "@${SOURCES}" -ts "${WORK_DIR}/${ts}"
                    RESULT_VARIABLE result OUTPUT_QUIET ERROR_VARIABLE errors)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${ts}: ${errors}")
    endif()
    file(READ "${WORK_DIR}/${ts}" content)
    # One list item per message (semicolons in the text kept apart from CMake's list separator).
    string(REPLACE ";" "<semicolon>" content "${content}")
    string(REPLACE "</message>" ";" messages "${content}")
    set(untranslated 0)
    foreach(message IN LISTS messages)
        if(message MATCHES "type=\"unfinished\"")
            math(EXPR untranslated "${untranslated} + 1")
            if(untranslated LESS_EQUAL 15 AND message MATCHES "<source>([^<]*)</source>")
                string(APPEND problems "  ${ts}: ${CMAKE_MATCH_1}\n")
            endif()
        endif()
    endforeach()
    if(untranslated GREATER 0)
        string(APPEND problems "${ts}: ${untranslated} string(s) not translated\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "Untranslated strings (run `cmake --build <dir> --target update_translations`, translate them, and run translations/fill_english_plurals.py for English):\n${problems}")
endif()
message(STATUS "Every string is translated.")
