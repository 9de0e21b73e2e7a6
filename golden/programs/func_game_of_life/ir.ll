; ModuleID = 'func_game_of_life.sy'
source_filename = "func_game_of_life.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@cur = dso_local global [12 x [12 x i32]] zeroinitializer, align 16
@nxt = dso_local global [12 x [12 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @neighbours(i32 noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  store i32 %0, i32* %3, align 4
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 -1, i32* %6, align 4
  br label %10

10:                                               ; preds = %46, %2
  %11 = load i32, i32* %6, align 4
  %12 = icmp sle i32 %11, 1
  br i1 %12, label %13, label %49

13:                                               ; preds = %10
  store i32 -1, i32* %7, align 4
  br label %14

14:                                               ; preds = %43, %13
  %15 = load i32, i32* %7, align 4
  %16 = icmp sle i32 %15, 1
  br i1 %16, label %17, label %46

17:                                               ; preds = %14
  %18 = load i32, i32* %6, align 4
  %19 = icmp ne i32 %18, 0
  br i1 %19, label %23, label %20

20:                                               ; preds = %17
  %21 = load i32, i32* %7, align 4
  %22 = icmp ne i32 %21, 0
  br i1 %22, label %23, label %43

23:                                               ; preds = %20, %17
  %24 = load i32, i32* %3, align 4
  %25 = load i32, i32* %6, align 4
  %26 = add nsw i32 %24, %25
  %27 = add nsw i32 %26, 12
  %28 = srem i32 %27, 12
  store i32 %28, i32* %8, align 4
  %29 = load i32, i32* %4, align 4
  %30 = load i32, i32* %7, align 4
  %31 = add nsw i32 %29, %30
  %32 = add nsw i32 %31, 12
  %33 = srem i32 %32, 12
  store i32 %33, i32* %9, align 4
  %34 = load i32, i32* %5, align 4
  %35 = load i32, i32* %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %36
  %38 = load i32, i32* %9, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [12 x i32], [12 x i32]* %37, i64 0, i64 %39
  %41 = load i32, i32* %40, align 4
  %42 = add nsw i32 %34, %41
  store i32 %42, i32* %5, align 4
  br label %43

43:                                               ; preds = %23, %20
  %44 = load i32, i32* %7, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, i32* %7, align 4
  br label %14, !llvm.loop !6

46:                                               ; preds = %14
  %47 = load i32, i32* %6, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, i32* %6, align 4
  br label %10, !llvm.loop !8

49:                                               ; preds = %10
  %50 = load i32, i32* %5, align 4
  ret i32 %50
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @step() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 0, i32* %2, align 4
  br label %6

6:                                                ; preds = %53, %0
  %7 = load i32, i32* %1, align 4
  %8 = icmp slt i32 %7, 12
  br i1 %8, label %9, label %56

9:                                                ; preds = %6
  store i32 0, i32* %3, align 4
  br label %10

10:                                               ; preds = %50, %9
  %11 = load i32, i32* %3, align 4
  %12 = icmp slt i32 %11, 12
  br i1 %12, label %13, label %53

13:                                               ; preds = %10
  %14 = load i32, i32* %1, align 4
  %15 = load i32, i32* %3, align 4
  %16 = call i32 @neighbours(i32 noundef %14, i32 noundef %15)
  store i32 %16, i32* %4, align 4
  %17 = load i32, i32* %1, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %18
  %20 = load i32, i32* %3, align 4
  %21 = sext i32 %20 to i64
  %22 = getelementptr inbounds [12 x i32], [12 x i32]* %19, i64 0, i64 %21
  %23 = load i32, i32* %22, align 4
  %24 = icmp ne i32 %23, 0
  br i1 %24, label %25, label %40

25:                                               ; preds = %13
  %26 = load i32, i32* %4, align 4
  %27 = icmp eq i32 %26, 2
  br i1 %27, label %31, label %28

28:                                               ; preds = %25
  %29 = load i32, i32* %4, align 4
  %30 = icmp eq i32 %29, 3
  br label %31

31:                                               ; preds = %28, %25
  %32 = phi i1 [ true, %25 ], [ %30, %28 ]
  %33 = zext i1 %32 to i32
  %34 = load i32, i32* %1, align 4
  %35 = sext i32 %34 to i64
  %36 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %35
  %37 = load i32, i32* %3, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [12 x i32], [12 x i32]* %36, i64 0, i64 %38
  store i32 %33, i32* %39, align 4
  br label %50

40:                                               ; preds = %13
  %41 = load i32, i32* %4, align 4
  %42 = icmp eq i32 %41, 3
  %43 = zext i1 %42 to i32
  %44 = load i32, i32* %1, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %45
  %47 = load i32, i32* %3, align 4
  %48 = sext i32 %47 to i64
  %49 = getelementptr inbounds [12 x i32], [12 x i32]* %46, i64 0, i64 %48
  store i32 %43, i32* %49, align 4
  br label %50

50:                                               ; preds = %40, %31
  %51 = load i32, i32* %3, align 4
  %52 = add nsw i32 %51, 1
  store i32 %52, i32* %3, align 4
  br label %10, !llvm.loop !9

53:                                               ; preds = %10
  %54 = load i32, i32* %1, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, i32* %1, align 4
  br label %6, !llvm.loop !10

56:                                               ; preds = %6
  store i32 0, i32* %1, align 4
  br label %57

57:                                               ; preds = %89, %56
  %58 = load i32, i32* %1, align 4
  %59 = icmp slt i32 %58, 12
  br i1 %59, label %60, label %92

60:                                               ; preds = %57
  store i32 0, i32* %5, align 4
  br label %61

61:                                               ; preds = %64, %60
  %62 = load i32, i32* %5, align 4
  %63 = icmp slt i32 %62, 12
  br i1 %63, label %64, label %89

64:                                               ; preds = %61
  %65 = load i32, i32* %1, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @nxt, i64 0, i64 %66
  %68 = load i32, i32* %5, align 4
  %69 = sext i32 %68 to i64
  %70 = getelementptr inbounds [12 x i32], [12 x i32]* %67, i64 0, i64 %69
  %71 = load i32, i32* %70, align 4
  %72 = load i32, i32* %1, align 4
  %73 = sext i32 %72 to i64
  %74 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %73
  %75 = load i32, i32* %5, align 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [12 x i32], [12 x i32]* %74, i64 0, i64 %76
  store i32 %71, i32* %77, align 4
  %78 = load i32, i32* %2, align 4
  %79 = load i32, i32* %1, align 4
  %80 = sext i32 %79 to i64
  %81 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %80
  %82 = load i32, i32* %5, align 4
  %83 = sext i32 %82 to i64
  %84 = getelementptr inbounds [12 x i32], [12 x i32]* %81, i64 0, i64 %83
  %85 = load i32, i32* %84, align 4
  %86 = add nsw i32 %78, %85
  store i32 %86, i32* %2, align 4
  %87 = load i32, i32* %5, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, i32* %5, align 4
  br label %61, !llvm.loop !11

89:                                               ; preds = %61
  %90 = load i32, i32* %1, align 4
  %91 = add nsw i32 %90, 1
  store i32 %91, i32* %1, align 4
  br label %57, !llvm.loop !12

92:                                               ; preds = %57
  %93 = load i32, i32* %2, align 4
  ret i32 %93
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @show() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  br label %3

3:                                                ; preds = %24, %0
  %4 = load i32, i32* %1, align 4
  %5 = icmp slt i32 %4, 12
  br i1 %5, label %6, label %27

6:                                                ; preds = %3
  store i32 0, i32* %2, align 4
  br label %7

7:                                                ; preds = %21, %6
  %8 = load i32, i32* %2, align 4
  %9 = icmp slt i32 %8, 12
  br i1 %9, label %10, label %24

10:                                               ; preds = %7
  %11 = load i32, i32* %1, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 %12
  %14 = load i32, i32* %2, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [12 x i32], [12 x i32]* %13, i64 0, i64 %15
  %17 = load i32, i32* %16, align 4
  %18 = icmp ne i32 %17, 0
  br i1 %18, label %19, label %20

19:                                               ; preds = %10
  call void @putch(i32 noundef 35)
  br label %21

20:                                               ; preds = %10
  call void @putch(i32 noundef 46)
  br label %21

21:                                               ; preds = %20, %19
  %22 = load i32, i32* %2, align 4
  %23 = add nsw i32 %22, 1
  store i32 %23, i32* %2, align 4
  br label %7, !llvm.loop !13

24:                                               ; preds = %7
  call void @putch(i32 noundef 10)
  %25 = load i32, i32* %1, align 4
  %26 = add nsw i32 %25, 1
  store i32 %26, i32* %1, align 4
  br label %3, !llvm.loop !14

27:                                               ; preds = %3
  ret void
}

declare void @putch(i32 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 0, i64 1), align 4
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 1, i64 2), align 8
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 2, i64 0), align 16
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 2, i64 1), align 4
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 2, i64 2), align 8
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 6, i64 6), align 8
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 6, i64 7), align 4
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 6, i64 8), align 16
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 9, i64 2), align 8
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 9, i64 3), align 4
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 10, i64 2), align 8
  store i32 1, i32* getelementptr inbounds ([12 x [12 x i32]], [12 x [12 x i32]]* @cur, i64 0, i64 10, i64 3), align 4
  store i32 0, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %4

4:                                                ; preds = %7, %0
  %5 = load i32, i32* %2, align 4
  %6 = icmp slt i32 %5, 9
  br i1 %6, label %7, label %12

7:                                                ; preds = %4
  %8 = call i32 @step()
  store i32 %8, i32* %3, align 4
  %9 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %9)
  call void @putch(i32 noundef 32)
  %10 = load i32, i32* %2, align 4
  %11 = add nsw i32 %10, 1
  store i32 %11, i32* %2, align 4
  br label %4, !llvm.loop !15

12:                                               ; preds = %4
  call void @putch(i32 noundef 10)
  call void @show()
  %13 = load i32, i32* %3, align 4
  ret i32 %13
}

declare void @putint(i32 noundef) #1

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
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
