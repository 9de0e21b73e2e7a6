; ModuleID = 'func_matrix_transpose_2d.sy'
source_filename = "func_matrix_transpose_2d.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@m = dso_local global [4 x [5 x i32]] [[5 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5], [5 x i32] [i32 6, i32 7, i32 8, i32 9, i32 10], [5 x i32] [i32 11, i32 12, i32 13, i32 14, i32 15], [5 x i32] [i32 16, i32 17, i32 18, i32 19, i32 20]], align 16
@t = dso_local global [5 x [4 x i32]] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @transpose() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  br label %3

3:                                                ; preds = %26, %0
  %4 = load i32, i32* %1, align 4
  %5 = icmp slt i32 %4, 4
  br i1 %5, label %6, label %29

6:                                                ; preds = %3
  store i32 0, i32* %2, align 4
  br label %7

7:                                                ; preds = %10, %6
  %8 = load i32, i32* %2, align 4
  %9 = icmp slt i32 %8, 5
  br i1 %9, label %10, label %26

10:                                               ; preds = %7
  %11 = load i32, i32* %1, align 4
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [4 x [5 x i32]], [4 x [5 x i32]]* @m, i64 0, i64 %12
  %14 = load i32, i32* %2, align 4
  %15 = sext i32 %14 to i64
  %16 = getelementptr inbounds [5 x i32], [5 x i32]* %13, i64 0, i64 %15
  %17 = load i32, i32* %16, align 4
  %18 = load i32, i32* %2, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 %19
  %21 = load i32, i32* %1, align 4
  %22 = sext i32 %21 to i64
  %23 = getelementptr inbounds [4 x i32], [4 x i32]* %20, i64 0, i64 %22
  store i32 %17, i32* %23, align 4
  %24 = load i32, i32* %2, align 4
  %25 = add nsw i32 %24, 1
  store i32 %25, i32* %2, align 4
  br label %7, !llvm.loop !6

26:                                               ; preds = %7
  %27 = load i32, i32* %1, align 4
  %28 = add nsw i32 %27, 1
  store i32 %28, i32* %1, align 4
  br label %3, !llvm.loop !8

29:                                               ; preds = %3
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @row_sum([4 x i32]* noundef %0, i32 noundef %1) #0 {
  %3 = alloca [4 x i32]*, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  store [4 x i32]* %0, [4 x i32]** %3, align 8
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %7

7:                                                ; preds = %10, %2
  %8 = load i32, i32* %6, align 4
  %9 = icmp slt i32 %8, 4
  br i1 %9, label %10, label %23

10:                                               ; preds = %7
  %11 = load i32, i32* %5, align 4
  %12 = load [4 x i32]*, [4 x i32]** %3, align 8
  %13 = load i32, i32* %4, align 4
  %14 = sext i32 %13 to i64
  %15 = getelementptr inbounds [4 x i32], [4 x i32]* %12, i64 %14
  %16 = load i32, i32* %6, align 4
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [4 x i32], [4 x i32]* %15, i64 0, i64 %17
  %19 = load i32, i32* %18, align 4
  %20 = add nsw i32 %11, %19
  store i32 %20, i32* %5, align 4
  %21 = load i32, i32* %6, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, i32* %6, align 4
  br label %7, !llvm.loop !9

23:                                               ; preds = %7
  %24 = load i32, i32* %5, align 4
  ret i32 %24
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca [5 x i32], align 16
  %5 = alloca [3 x [3 x i32]], align 16
  %6 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  call void @transpose()
  store i32 0, i32* %2, align 4
  br label %7

7:                                                ; preds = %28, %0
  %8 = load i32, i32* %2, align 4
  %9 = icmp slt i32 %8, 5
  br i1 %9, label %10, label %31

10:                                               ; preds = %7
  store i32 0, i32* %3, align 4
  br label %11

11:                                               ; preds = %25, %10
  %12 = load i32, i32* %3, align 4
  %13 = icmp slt i32 %12, 4
  br i1 %13, label %14, label %28

14:                                               ; preds = %11
  %15 = load i32, i32* %2, align 4
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 %16
  %18 = load i32, i32* %3, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [4 x i32], [4 x i32]* %17, i64 0, i64 %19
  %21 = load i32, i32* %20, align 4
  call void @putint(i32 noundef %21)
  %22 = load i32, i32* %3, align 4
  %23 = icmp slt i32 %22, 3
  br i1 %23, label %24, label %25

24:                                               ; preds = %14
  call void @putch(i32 noundef 32)
  br label %25

25:                                               ; preds = %24, %14
  %26 = load i32, i32* %3, align 4
  %27 = add nsw i32 %26, 1
  store i32 %27, i32* %3, align 4
  br label %11, !llvm.loop !10

28:                                               ; preds = %11
  call void @putch(i32 noundef 10)
  %29 = load i32, i32* %2, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, i32* %2, align 4
  br label %7, !llvm.loop !11

31:                                               ; preds = %7
  %32 = bitcast [5 x i32]* %4 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %32, i8 0, i64 20, i1 false)
  store i32 0, i32* %2, align 4
  br label %33

33:                                               ; preds = %36, %31
  %34 = load i32, i32* %2, align 4
  %35 = icmp slt i32 %34, 5
  br i1 %35, label %36, label %44

36:                                               ; preds = %33
  %37 = load i32, i32* %2, align 4
  %38 = call i32 @row_sum([4 x i32]* noundef getelementptr inbounds ([5 x [4 x i32]], [5 x [4 x i32]]* @t, i64 0, i64 0), i32 noundef %37)
  %39 = load i32, i32* %2, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 %40
  store i32 %38, i32* %41, align 4
  %42 = load i32, i32* %2, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, i32* %2, align 4
  br label %33, !llvm.loop !12

44:                                               ; preds = %33
  %45 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 0
  call void @putarray(i32 noundef 5, i32* noundef %45)
  %46 = bitcast [3 x [3 x i32]]* %5 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %46, i8 0, i64 36, i1 false)
  %47 = bitcast i8* %46 to [3 x [3 x i32]]*
  %48 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %47, i32 0, i32 0
  %49 = getelementptr inbounds [3 x i32], [3 x i32]* %48, i32 0, i32 0
  store i32 2, i32* %49, align 16
  %50 = getelementptr inbounds [3 x i32], [3 x i32]* %48, i32 0, i32 2
  store i32 1, i32* %50, align 8
  %51 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %47, i32 0, i32 1
  %52 = getelementptr inbounds [3 x i32], [3 x i32]* %51, i32 0, i32 1
  store i32 3, i32* %52, align 4
  %53 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %47, i32 0, i32 2
  %54 = getelementptr inbounds [3 x i32], [3 x i32]* %53, i32 0, i32 0
  store i32 4, i32* %54, align 8
  %55 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %5, i64 0, i64 0
  %56 = getelementptr inbounds [3 x i32], [3 x i32]* %55, i64 0, i64 0
  %57 = load i32, i32* %56, align 16
  %58 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %5, i64 0, i64 1
  %59 = getelementptr inbounds [3 x i32], [3 x i32]* %58, i64 0, i64 1
  %60 = load i32, i32* %59, align 4
  %61 = add nsw i32 %57, %60
  %62 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %5, i64 0, i64 2
  %63 = getelementptr inbounds [3 x i32], [3 x i32]* %62, i64 0, i64 2
  %64 = load i32, i32* %63, align 8
  %65 = add nsw i32 %61, %64
  store i32 %65, i32* %6, align 4
  %66 = load i32, i32* %6, align 4
  call void @putint(i32 noundef %66)
  call void @putch(i32 noundef 10)
  %67 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 4
  %68 = load i32, i32* %67, align 16
  %69 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 0
  %70 = load i32, i32* %69, align 16
  %71 = sub nsw i32 %68, %70
  %72 = load i32, i32* %6, align 4
  %73 = add nsw i32 %71, %72
  ret i32 %73
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

declare void @putarray(i32 noundef, i32* noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }

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
