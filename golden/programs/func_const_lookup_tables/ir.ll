; ModuleID = 'func_const_lookup_tables.sy'
source_filename = "func_const_lookup_tables.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@MONTHS = dso_local constant i32 12, align 4
@DAYS = dso_local constant [12 x i32] [i32 31, i32 28, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31], align 16
@NEG_HALF = dso_local constant i32 -3, align 4
@NEG_REM = dso_local constant i32 -1, align 4
@REM_NEG = dso_local constant i32 1, align 4
@W = dso_local constant i32 6, align 4
@H = dso_local constant i32 3, align 4
@KEYS = dso_local constant [3 x [6 x i32]] [[6 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0], [6 x i32] [i32 4, i32 5, i32 6, i32 7, i32 8, i32 9], [6 x i32] [i32 -1, i32 0, i32 0, i32 0, i32 0, i32 0]], align 16
@SQUARES = dso_local constant [10 x i32] [i32 0, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49, i32 64, i32 81], align 16
@.str = private unnamed_addr constant [23 x i8] c"consts %d %d %d %d %d\0A\00", align 1
@histogram = dso_local global [5 x i32] zeroinitializer, align 16
@.str.1 = private unnamed_addr constant [29 x i8] c"happy numbers up to 100: %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @day_of_year(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %7

7:                                                ; preds = %12, %2
  %8 = load i32, i32* %5, align 4
  %9 = load i32, i32* %3, align 4
  %10 = sub nsw i32 %9, 1
  %11 = icmp slt i32 %8, %10
  br i1 %11, label %12, label %21

12:                                               ; preds = %7
  %13 = load i32, i32* %6, align 4
  %14 = load i32, i32* %5, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [12 x i32], [12 x i32]* @DAYS, i64 0, i64 %15
  %17 = load i32, i32* %16, align 4
  %18 = add nsw i32 %13, %17
  store i32 %18, i32* %6, align 4
  %19 = load i32, i32* %5, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* %5, align 4
  br label %7, !llvm.loop !6

21:                                               ; preds = %7
  %22 = load i32, i32* %6, align 4
  %23 = load i32, i32* %4, align 4
  %24 = add nsw i32 %22, %23
  ret i32 %24
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @digit_square_sum(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %4

4:                                                ; preds = %7, %1
  %5 = load i32, i32* %2, align 4
  %6 = icmp sgt i32 %5, 0
  br i1 %6, label %7, label %17

7:                                                ; preds = %4
  %8 = load i32, i32* %3, align 4
  %9 = load i32, i32* %2, align 4
  %10 = srem i32 %9, 10
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [10 x i32], [10 x i32]* @SQUARES, i64 0, i64 %11
  %13 = load i32, i32* %12, align 4
  %14 = add nsw i32 %8, %13
  store i32 %14, i32* %3, align 4
  %15 = load i32, i32* %2, align 4
  %16 = sdiv i32 %15, 10
  store i32 %16, i32* %2, align 4
  br label %4, !llvm.loop !8

17:                                               ; preds = %4
  %18 = load i32, i32* %3, align 4
  ret i32 %18
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @happy(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %5

5:                                                ; preds = %16, %1
  %6 = load i32, i32* %3, align 4
  %7 = icmp ne i32 %6, 1
  br i1 %7, label %8, label %14

8:                                                ; preds = %5
  %9 = load i32, i32* %3, align 4
  %10 = icmp ne i32 %9, 4
  br i1 %10, label %11, label %14

11:                                               ; preds = %8
  %12 = load i32, i32* %4, align 4
  %13 = icmp slt i32 %12, 50
  br label %14

14:                                               ; preds = %11, %8, %5
  %15 = phi i1 [ false, %8 ], [ false, %5 ], [ %13, %11 ]
  br i1 %15, label %16, label %21

16:                                               ; preds = %14
  %17 = load i32, i32* %3, align 4
  %18 = call i32 @digit_square_sum(i32 noundef %17)
  store i32 %18, i32* %3, align 4
  %19 = load i32, i32* %4, align 4
  %20 = add nsw i32 %19, 1
  store i32 %20, i32* %4, align 4
  br label %5, !llvm.loop !9

21:                                               ; preds = %14
  %22 = load i32, i32* %3, align 4
  %23 = icmp eq i32 %22, 1
  br i1 %23, label %24, label %25

24:                                               ; preds = %21
  store i32 1, i32* %2, align 4
  br label %26

25:                                               ; preds = %21
  store i32 0, i32* %2, align 4
  br label %26

26:                                               ; preds = %25, %24
  %27 = load i32, i32* %2, align 4
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([23 x i8], [23 x i8]* @.str, i64 0, i64 0), i32 noundef -3, i32 noundef -1, i32 noundef 1, i32 noundef 6, i32 noundef 3)
  %7 = call i32 @day_of_year(i32 noundef 3, i32 noundef 1)
  call void @putint(i32 noundef %7)
  call void @putch(i32 noundef 32)
  %8 = call i32 @day_of_year(i32 noundef 12, i32 noundef 31)
  call void @putint(i32 noundef %8)
  call void @putch(i32 noundef 32)
  %9 = call i32 @day_of_year(i32 noundef 7, i32 noundef 4)
  call void @putint(i32 noundef %9)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %2, align 4
  br label %10

10:                                               ; preds = %58, %0
  %11 = load i32, i32* %2, align 4
  %12 = icmp slt i32 %11, 3
  br i1 %12, label %13, label %62

13:                                               ; preds = %10
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %14

14:                                               ; preds = %17, %13
  %15 = load i32, i32* %3, align 4
  %16 = icmp slt i32 %15, 6
  br i1 %16, label %17, label %58

17:                                               ; preds = %14
  %18 = load i32, i32* %4, align 4
  %19 = mul nsw i32 %18, 3
  %20 = load i32, i32* %2, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %21
  %23 = load i32, i32* %3, align 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [6 x i32], [6 x i32]* %22, i64 0, i64 %24
  %26 = load i32, i32* %25, align 4
  %27 = add nsw i32 %19, %26
  store i32 %27, i32* %4, align 4
  %28 = load i32, i32* %2, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %29
  %31 = load i32, i32* %3, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [6 x i32], [6 x i32]* %30, i64 0, i64 %32
  %34 = load i32, i32* %33, align 4
  %35 = srem i32 %34, 5
  %36 = add nsw i32 %35, 6
  %37 = add nsw i32 %36, -1
  %38 = srem i32 %37, 5
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [5 x i32], [5 x i32]* @histogram, i64 0, i64 %39
  %41 = load i32, i32* %40, align 4
  %42 = add nsw i32 %41, 1
  %43 = load i32, i32* %2, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [3 x [6 x i32]], [3 x [6 x i32]]* @KEYS, i64 0, i64 %44
  %46 = load i32, i32* %3, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [6 x i32], [6 x i32]* %45, i64 0, i64 %47
  %49 = load i32, i32* %48, align 4
  %50 = srem i32 %49, 5
  %51 = add nsw i32 %50, 6
  %52 = add nsw i32 %51, -1
  %53 = srem i32 %52, 5
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [5 x i32], [5 x i32]* @histogram, i64 0, i64 %54
  store i32 %42, i32* %55, align 4
  %56 = load i32, i32* %3, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, i32* %3, align 4
  br label %14, !llvm.loop !10

58:                                               ; preds = %14
  %59 = load i32, i32* %4, align 4
  call void @putint(i32 noundef %59)
  call void @putch(i32 noundef 32)
  %60 = load i32, i32* %2, align 4
  %61 = add nsw i32 %60, 1
  store i32 %61, i32* %2, align 4
  br label %10, !llvm.loop !11

62:                                               ; preds = %10
  call void @putch(i32 noundef 10)
  call void @putarray(i32 noundef 5, i32* noundef getelementptr inbounds ([5 x i32], [5 x i32]* @histogram, i64 0, i64 0))
  store i32 0, i32* %5, align 4
  store i32 1, i32* %6, align 4
  br label %63

63:                                               ; preds = %73, %62
  %64 = load i32, i32* %6, align 4
  %65 = icmp sle i32 %64, 100
  br i1 %65, label %66, label %76

66:                                               ; preds = %63
  %67 = load i32, i32* %6, align 4
  %68 = call i32 @happy(i32 noundef %67)
  %69 = icmp ne i32 %68, 0
  br i1 %69, label %70, label %73

70:                                               ; preds = %66
  %71 = load i32, i32* %5, align 4
  %72 = add nsw i32 %71, 1
  store i32 %72, i32* %5, align 4
  br label %73

73:                                               ; preds = %70, %66
  %74 = load i32, i32* %6, align 4
  %75 = add nsw i32 %74, 1
  store i32 %75, i32* %6, align 4
  br label %63, !llvm.loop !12

76:                                               ; preds = %63
  %77 = load i32, i32* %5, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([29 x i8], [29 x i8]* @.str.1, i64 0, i64 0), i32 noundef %77)
  %78 = load i32, i32* %5, align 4
  %79 = load i32, i32* getelementptr inbounds ([12 x i32], [12 x i32]* @DAYS, i64 0, i64 1), align 4
  %80 = add nsw i32 %78, %79
  ret i32 %80
}

declare void @putf(i8* noundef, ...) #1

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

declare void @putarray(i32 noundef, i32* noundef) #1

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
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
