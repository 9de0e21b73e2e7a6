; ModuleID = 'func_hanoi_moves.sy'
source_filename = "func_hanoi_moves.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@moves = dso_local global i32 0, align 4
@pegs = dso_local global [3 x i32] zeroinitializer, align 4
@log_from = dso_local global [16 x i32] zeroinitializer, align 16
@log_to = dso_local global [16 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [33 x i8] c"disks=%d moves=%d pegs=%d,%d,%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @move_disk(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  %5 = load i32, i32* %3, align 4
  %6 = sext i32 %5 to i64
  %7 = getelementptr inbounds [3 x i32], [3 x i32]* @pegs, i64 0, i64 %6
  %8 = load i32, i32* %7, align 4
  %9 = sub nsw i32 %8, 1
  %10 = load i32, i32* %3, align 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [3 x i32], [3 x i32]* @pegs, i64 0, i64 %11
  store i32 %9, i32* %12, align 4
  %13 = load i32, i32* %4, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [3 x i32], [3 x i32]* @pegs, i64 0, i64 %14
  %16 = load i32, i32* %15, align 4
  %17 = add nsw i32 %16, 1
  %18 = load i32, i32* %4, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [3 x i32], [3 x i32]* @pegs, i64 0, i64 %19
  store i32 %17, i32* %20, align 4
  %21 = load i32, i32* @moves, align 4
  %22 = icmp slt i32 %21, 16
  br i1 %22, label %23, label %32

23:                                               ; preds = %2
  %24 = load i32, i32* %3, align 4
  %25 = load i32, i32* @moves, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [16 x i32], [16 x i32]* @log_from, i64 0, i64 %26
  store i32 %24, i32* %27, align 4
  %28 = load i32, i32* %4, align 4
  %29 = load i32, i32* @moves, align 4
  %30 = sext i32 %29 to i64
  %31 = getelementptr inbounds [16 x i32], [16 x i32]* @log_to, i64 0, i64 %30
  store i32 %28, i32* %31, align 4
  br label %32

32:                                               ; preds = %23, %2
  %33 = load i32, i32* @moves, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, i32* @moves, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @hanoi(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) #0 {
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store i32 %0, i32* %5, align 4
  store i32 %1, i32* %6, align 4
  store i32 %2, i32* %7, align 4
  store i32 %3, i32* %8, align 4
  %9 = load i32, i32* %5, align 4
  %10 = icmp eq i32 %9, 0
  br i1 %10, label %11, label %12

11:                                               ; preds = %4
  br label %25

12:                                               ; preds = %4
  %13 = load i32, i32* %5, align 4
  %14 = sub nsw i32 %13, 1
  %15 = load i32, i32* %6, align 4
  %16 = load i32, i32* %8, align 4
  %17 = load i32, i32* %7, align 4
  call void @hanoi(i32 noundef %14, i32 noundef %15, i32 noundef %16, i32 noundef %17)
  %18 = load i32, i32* %6, align 4
  %19 = load i32, i32* %7, align 4
  call void @move_disk(i32 noundef %18, i32 noundef %19)
  %20 = load i32, i32* %5, align 4
  %21 = sub nsw i32 %20, 1
  %22 = load i32, i32* %8, align 4
  %23 = load i32, i32* %7, align 4
  %24 = load i32, i32* %6, align 4
  call void @hanoi(i32 noundef %21, i32 noundef %22, i32 noundef %23, i32 noundef %24)
  br label %25

25:                                               ; preds = %12, %11
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %4 = call i32 @getint()
  store i32 %4, i32* %2, align 4
  %5 = load i32, i32* %2, align 4
  store i32 %5, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @pegs, i64 0, i64 0), align 4
  %6 = load i32, i32* %2, align 4
  call void @hanoi(i32 noundef %6, i32 noundef 0, i32 noundef 2, i32 noundef 1)
  store i32 0, i32* %3, align 4
  br label %7

7:                                                ; preds = %16, %0
  %8 = load i32, i32* %3, align 4
  %9 = load i32, i32* @moves, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %14

11:                                               ; preds = %7
  %12 = load i32, i32* %3, align 4
  %13 = icmp slt i32 %12, 16
  br label %14

14:                                               ; preds = %11, %7
  %15 = phi i1 [ false, %7 ], [ %13, %11 ]
  br i1 %15, label %16, label %29

16:                                               ; preds = %14
  %17 = load i32, i32* %3, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [16 x i32], [16 x i32]* @log_from, i64 0, i64 %18
  %20 = load i32, i32* %19, align 4
  %21 = add nsw i32 65, %20
  call void @putch(i32 noundef %21)
  call void @putch(i32 noundef 62)
  %22 = load i32, i32* %3, align 4
  %23 = sext i32 %22 to i64
  %24 = getelementptr inbounds [16 x i32], [16 x i32]* @log_to, i64 0, i64 %23
  %25 = load i32, i32* %24, align 4
  %26 = add nsw i32 65, %25
  call void @putch(i32 noundef %26)
  call void @putch(i32 noundef 32)
  %27 = load i32, i32* %3, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, i32* %3, align 4
  br label %7, !llvm.loop !6

29:                                               ; preds = %14
  call void @putch(i32 noundef 10)
  %30 = load i32, i32* %2, align 4
  %31 = load i32, i32* @moves, align 4
  %32 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @pegs, i64 0, i64 0), align 4
  %33 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @pegs, i64 0, i64 1), align 4
  %34 = load i32, i32* getelementptr inbounds ([3 x i32], [3 x i32]* @pegs, i64 0, i64 2), align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([33 x i8], [33 x i8]* @.str, i64 0, i64 0), i32 noundef %30, i32 noundef %31, i32 noundef %32, i32 noundef %33, i32 noundef %34)
  %35 = load i32, i32* @moves, align 4
  %36 = srem i32 %35, 256
  ret i32 %36
}

declare i32 @getint() #1

declare void @putch(i32 noundef) #1

declare void @putf(i8* noundef, ...) #1

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
