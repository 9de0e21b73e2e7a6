; ModuleID = 'lex_comments_everywhere.sy'
source_filename = "lex_comments_everywhere.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@counter = dso_local global i32 0, align 4
@LIMIT = dso_local constant i32 12, align 4
@.str = private unnamed_addr constant [34 x i8] c"// not a comment, /* nor this */\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @bump(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* @counter, align 4
  %4 = load i32, i32* %2, align 4
  %5 = add nsw i32 %3, %4
  store i32 %5, i32* @counter, align 4
  %6 = load i32, i32* @counter, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %6

6:                                                ; preds = %9, %0
  %7 = load i32, i32* %3, align 4
  %8 = icmp slt i32 %7, 12
  br i1 %8, label %9, label %16

9:                                                ; preds = %6
  %10 = load i32, i32* %2, align 4
  %11 = load i32, i32* %3, align 4
  %12 = call i32 @bump(i32 noundef %11)
  %13 = add nsw i32 %10, %12
  store i32 %13, i32* %2, align 4
  %14 = load i32, i32* %3, align 4
  %15 = add nsw i32 %14, 1
  store i32 %15, i32* %3, align 4
  br label %6, !llvm.loop !6

16:                                               ; preds = %6
  store i32 14, i32* %4, align 4
  store i32 6, i32* %5, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([34 x i8], [34 x i8]* @.str, i64 0, i64 0))
  %17 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %17)
  call void @putch(i32 noundef 32)
  %18 = load i32, i32* %4, align 4
  call void @putint(i32 noundef %18)
  call void @putch(i32 noundef 32)
  %19 = load i32, i32* %5, align 4
  call void @putint(i32 noundef %19)
  call void @putch(i32 noundef 10)
  %20 = load i32, i32* %2, align 4
  %21 = srem i32 %20, 200
  %22 = load i32, i32* %4, align 4
  %23 = add nsw i32 %21, %22
  ret i32 %23
}

declare void @putf(i8* noundef, ...) #1

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
