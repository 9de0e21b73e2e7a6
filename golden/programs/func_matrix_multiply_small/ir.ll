; ModuleID = 'func_matrix_multiply_small.sy'
source_filename = "func_matrix_multiply_small.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = dso_local global [4 x [4 x i32]] [[4 x i32] [i32 1, i32 2, i32 0, i32 1], [4 x i32] [i32 0, i32 1, i32 3, i32 0], [4 x i32] [i32 2, i32 0, i32 1, i32 1], [4 x i32] [i32 1, i32 1, i32 0, i32 2]], align 16
@I = dso_local global [4 x [4 x i32]] [[4 x i32] [i32 1, i32 0, i32 0, i32 0], [4 x i32] [i32 0, i32 1, i32 0, i32 0], [4 x i32] [i32 0, i32 0, i32 1, i32 0], [4 x i32] [i32 0, i32 0, i32 0, i32 1]], align 16
@R = dso_local global [4 x [4 x i32]] zeroinitializer, align 16
@T = dso_local global [4 x [4 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @mul([4 x i32]* noundef %0, [4 x i32]* noundef %1, [4 x i32]* noundef %2) #0 {
  %4 = alloca [4 x i32]*, align 8
  %5 = alloca [4 x i32]*, align 8
  %6 = alloca [4 x i32]*, align 8
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  store [4 x i32]* %0, [4 x i32]** %4, align 8
  store [4 x i32]* %1, [4 x i32]** %5, align 8
  store [4 x i32]* %2, [4 x i32]** %6, align 8
  store i32 0, i32* %7, align 4
  br label %11

11:                                               ; preds = %56, %3
  %12 = load i32, i32* %7, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %59

14:                                               ; preds = %11
  store i32 0, i32* %8, align 4
  br label %15

15:                                               ; preds = %45, %14
  %16 = load i32, i32* %8, align 4
  %17 = icmp slt i32 %16, 4
  br i1 %17, label %18, label %56

18:                                               ; preds = %15
  store i32 0, i32* %9, align 4
  store i32 0, i32* %10, align 4
  br label %19

19:                                               ; preds = %22, %18
  %20 = load i32, i32* %10, align 4
  %21 = icmp slt i32 %20, 4
  br i1 %21, label %22, label %45

22:                                               ; preds = %19
  %23 = load i32, i32* %9, align 4
  %24 = load [4 x i32]*, [4 x i32]** %4, align 8
  %25 = load i32, i32* %7, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [4 x i32], [4 x i32]* %24, i64 %26
  %28 = load i32, i32* %10, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [4 x i32], [4 x i32]* %27, i64 0, i64 %29
  %31 = load i32, i32* %30, align 4
  %32 = load [4 x i32]*, [4 x i32]** %5, align 8
  %33 = load i32, i32* %10, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [4 x i32], [4 x i32]* %32, i64 %34
  %36 = load i32, i32* %8, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [4 x i32], [4 x i32]* %35, i64 0, i64 %37
  %39 = load i32, i32* %38, align 4
  %40 = mul nsw i32 %31, %39
  %41 = add nsw i32 %23, %40
  %42 = srem i32 %41, 10007
  store i32 %42, i32* %9, align 4
  %43 = load i32, i32* %10, align 4
  %44 = add nsw i32 %43, 1
  store i32 %44, i32* %10, align 4
  br label %19, !llvm.loop !6

45:                                               ; preds = %19
  %46 = load i32, i32* %9, align 4
  %47 = load [4 x i32]*, [4 x i32]** %6, align 8
  %48 = load i32, i32* %7, align 4
  %49 = sext i32 %48 to i64
  %50 = getelementptr inbounds [4 x i32], [4 x i32]* %47, i64 %49
  %51 = load i32, i32* %8, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [4 x i32], [4 x i32]* %50, i64 0, i64 %52
  store i32 %46, i32* %53, align 4
  %54 = load i32, i32* %8, align 4
  %55 = add nsw i32 %54, 1
  store i32 %55, i32* %8, align 4
  br label %15, !llvm.loop !8

56:                                               ; preds = %15
  %57 = load i32, i32* %7, align 4
  %58 = add nsw i32 %57, 1
  store i32 %58, i32* %7, align 4
  br label %11, !llvm.loop !9

59:                                               ; preds = %11
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @copy([4 x i32]* noundef %0, [4 x i32]* noundef %1) #0 {
  %3 = alloca [4 x i32]*, align 8
  %4 = alloca [4 x i32]*, align 8
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store [4 x i32]* %0, [4 x i32]** %3, align 8
  store [4 x i32]* %1, [4 x i32]** %4, align 8
  store i32 0, i32* %5, align 4
  br label %7

7:                                                ; preds = %32, %2
  %8 = load i32, i32* %5, align 4
  %9 = icmp slt i32 %8, 4
  br i1 %9, label %10, label %35

10:                                               ; preds = %7
  store i32 0, i32* %6, align 4
  br label %11

11:                                               ; preds = %14, %10
  %12 = load i32, i32* %6, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %32

14:                                               ; preds = %11
  %15 = load [4 x i32]*, [4 x i32]** %3, align 8
  %16 = load i32, i32* %5, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [4 x i32], [4 x i32]* %15, i64 %17
  %19 = load i32, i32* %6, align 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [4 x i32], [4 x i32]* %18, i64 0, i64 %20
  %22 = load i32, i32* %21, align 4
  %23 = load [4 x i32]*, [4 x i32]** %4, align 8
  %24 = load i32, i32* %5, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [4 x i32], [4 x i32]* %23, i64 %25
  %27 = load i32, i32* %6, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [4 x i32], [4 x i32]* %26, i64 0, i64 %28
  store i32 %22, i32* %29, align 4
  %30 = load i32, i32* %6, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, i32* %6, align 4
  br label %11, !llvm.loop !10

32:                                               ; preds = %11
  %33 = load i32, i32* %5, align 4
  %34 = add nsw i32 %33, 1
  store i32 %34, i32* %5, align 4
  br label %7, !llvm.loop !11

35:                                               ; preds = %7
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @mat_pow(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca [4 x [4 x i32]], align 16
  store i32 %0, i32* %2, align 4
  %4 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %3, i64 0, i64 0
  call void @copy([4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0), [4 x i32]* noundef %4)
  call void @copy([4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 0), [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0))
  br label %5

5:                                                ; preds = %14, %1
  %6 = load i32, i32* %2, align 4
  %7 = icmp sgt i32 %6, 0
  br i1 %7, label %8, label %20

8:                                                ; preds = %5
  %9 = load i32, i32* %2, align 4
  %10 = srem i32 %9, 2
  %11 = icmp eq i32 %10, 1
  br i1 %11, label %12, label %14

12:                                               ; preds = %8
  %13 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %3, i64 0, i64 0
  call void @mul([4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0), [4 x i32]* noundef %13, [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0))
  call void @copy([4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0), [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 0))
  br label %14

14:                                               ; preds = %12, %8
  %15 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %3, i64 0, i64 0
  %16 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %3, i64 0, i64 0
  call void @mul([4 x i32]* noundef %15, [4 x i32]* noundef %16, [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0))
  %17 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* %3, i64 0, i64 0
  call void @copy([4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0), [4 x i32]* noundef %17)
  %18 = load i32, i32* %2, align 4
  %19 = sdiv i32 %18, 2
  store i32 %19, i32* %2, align 4
  br label %5, !llvm.loop !12

20:                                               ; preds = %5
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  call void @mul([4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 0), [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @I, i64 0, i64 0), [4 x i32]* noundef getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 0))
  store i32 1, i32* %2, align 4
  store i32 0, i32* %3, align 4
  br label %5

5:                                                ; preds = %29, %0
  %6 = load i32, i32* %3, align 4
  %7 = icmp slt i32 %6, 16
  br i1 %7, label %8, label %32

8:                                                ; preds = %5
  %9 = load i32, i32* %3, align 4
  %10 = sdiv i32 %9, 4
  %11 = sext i32 %10 to i64
  %12 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* @T, i64 0, i64 %11
  %13 = load i32, i32* %3, align 4
  %14 = srem i32 %13, 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [4 x i32], [4 x i32]* %12, i64 0, i64 %15
  %17 = load i32, i32* %16, align 4
  %18 = load i32, i32* %3, align 4
  %19 = sdiv i32 %18, 4
  %20 = sext i32 %19 to i64
  %21 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* @A, i64 0, i64 %20
  %22 = load i32, i32* %3, align 4
  %23 = srem i32 %22, 4
  %24 = sext i32 %23 to i64
  %25 = getelementptr inbounds [4 x i32], [4 x i32]* %21, i64 0, i64 %24
  %26 = load i32, i32* %25, align 4
  %27 = icmp ne i32 %17, %26
  br i1 %27, label %28, label %29

28:                                               ; preds = %8
  store i32 0, i32* %2, align 4
  br label %29

29:                                               ; preds = %28, %8
  %30 = load i32, i32* %3, align 4
  %31 = add nsw i32 %30, 1
  store i32 %31, i32* %3, align 4
  br label %5, !llvm.loop !13

32:                                               ; preds = %5
  %33 = load i32, i32* %2, align 4
  call void @putint(i32 noundef %33)
  call void @putch(i32 noundef 10)
  call void @mat_pow(i32 noundef 13)
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %34

34:                                               ; preds = %37, %32
  %35 = load i32, i32* %3, align 4
  %36 = icmp slt i32 %35, 4
  br i1 %36, label %37, label %54

37:                                               ; preds = %34
  %38 = load i32, i32* %3, align 4
  %39 = sext i32 %38 to i64
  %40 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 %39
  %41 = getelementptr inbounds [4 x i32], [4 x i32]* %40, i64 0, i64 0
  call void @putarray(i32 noundef 4, i32* noundef %41)
  %42 = load i32, i32* %4, align 4
  %43 = load i32, i32* %3, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [4 x [4 x i32]], [4 x [4 x i32]]* @R, i64 0, i64 %44
  %46 = load i32, i32* %3, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [4 x i32], [4 x i32]* %45, i64 0, i64 %47
  %49 = load i32, i32* %48, align 4
  %50 = add nsw i32 %42, %49
  %51 = srem i32 %50, 10007
  store i32 %51, i32* %4, align 4
  %52 = load i32, i32* %3, align 4
  %53 = add nsw i32 %52, 1
  store i32 %53, i32* %3, align 4
  br label %34, !llvm.loop !14

54:                                               ; preds = %34
  %55 = load i32, i32* %4, align 4
  %56 = srem i32 %55, 256
  ret i32 %56
}

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
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
