; ModuleID = 'parse_init_list_shapes.sy'
source_filename = "parse_init_list_shapes.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@g1 = dso_local global [2 x [3 x [2 x i32]]] [[3 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 6]], [3 x [2 x i32]] [[2 x i32] [i32 7, i32 0], [2 x i32] zeroinitializer, [2 x i32] zeroinitializer]], align 16
@g2 = dso_local global [2 x [3 x [2 x i32]]] [[3 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] zeroinitializer, [2 x i32] zeroinitializer], [3 x [2 x i32]] [[2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 0], [2 x i32] [i32 6, i32 0]]], align 16
@g3 = dso_local global [3 x [2 x i32]] [[2 x i32] zeroinitializer, [2 x i32] [i32 1, i32 0], [2 x i32] zeroinitializer], align 16
@g4 = dso_local global [2 x [2 x [2 x [2 x i32]]]] [[2 x [2 x [2 x i32]]] [[2 x [2 x i32]] [[2 x i32] [i32 1, i32 0], [2 x i32] [i32 2, i32 0]], [2 x [2 x i32]] [[2 x i32] [i32 3, i32 4], [2 x i32] zeroinitializer]], [2 x [2 x [2 x i32]]] [[2 x [2 x i32]] zeroinitializer, [2 x [2 x i32]] [[2 x i32] [i32 5, i32 6], [2 x i32] [i32 7, i32 0]]]], align 16
@g5 = dso_local global [2 x [2 x float]] [[2 x float] [float 1.500000e+00, float 0.000000e+00], [2 x float] [float 2.000000e+00, float 4.000000e+00]], align 16
@g6 = dso_local constant [4 x [2 x i32]] [[2 x i32] [i32 1, i32 2], [2 x i32] [i32 3, i32 4], [2 x i32] [i32 5, i32 0], [2 x i32] [i32 6, i32 7]], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @sum3([3 x [2 x i32]]* noundef %0, i32 noundef %1) #0 {
  %3 = alloca [3 x [2 x i32]]*, align 8
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  store [3 x [2 x i32]]* %0, [3 x [2 x i32]]** %3, align 8
  store i32 %1, i32* %4, align 4
  store i32 0, i32* %5, align 4
  store i32 0, i32* %6, align 4
  br label %9

9:                                                ; preds = %43, %2
  %10 = load i32, i32* %6, align 4
  %11 = load i32, i32* %4, align 4
  %12 = icmp slt i32 %10, %11
  br i1 %12, label %13, label %46

13:                                               ; preds = %9
  store i32 0, i32* %7, align 4
  br label %14

14:                                               ; preds = %40, %13
  %15 = load i32, i32* %7, align 4
  %16 = icmp slt i32 %15, 3
  br i1 %16, label %17, label %43

17:                                               ; preds = %14
  store i32 0, i32* %8, align 4
  br label %18

18:                                               ; preds = %21, %17
  %19 = load i32, i32* %8, align 4
  %20 = icmp slt i32 %19, 2
  br i1 %20, label %21, label %40

21:                                               ; preds = %18
  %22 = load i32, i32* %5, align 4
  %23 = mul nsw i32 %22, 3
  %24 = load [3 x [2 x i32]]*, [3 x [2 x i32]]** %3, align 8
  %25 = load i32, i32* %6, align 4
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %24, i64 %26
  %28 = load i32, i32* %7, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %27, i64 0, i64 %29
  %31 = load i32, i32* %8, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [2 x i32], [2 x i32]* %30, i64 0, i64 %32
  %34 = load i32, i32* %33, align 4
  %35 = add nsw i32 %23, %34
  store i32 %35, i32* %5, align 4
  %36 = load i32, i32* %5, align 4
  %37 = srem i32 %36, 100003
  store i32 %37, i32* %5, align 4
  %38 = load i32, i32* %8, align 4
  %39 = add nsw i32 %38, 1
  store i32 %39, i32* %8, align 4
  br label %18, !llvm.loop !6

40:                                               ; preds = %18
  %41 = load i32, i32* %7, align 4
  %42 = add nsw i32 %41, 1
  store i32 %42, i32* %7, align 4
  br label %14, !llvm.loop !8

43:                                               ; preds = %14
  %44 = load i32, i32* %6, align 4
  %45 = add nsw i32 %44, 1
  store i32 %45, i32* %6, align 4
  br label %9, !llvm.loop !9

46:                                               ; preds = %9
  %47 = load i32, i32* %5, align 4
  ret i32 %47
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @dump(i32* noundef %0, i32 noundef %1) #0 {
  %3 = alloca i32*, align 8
  %4 = alloca i32, align 4
  store i32* %0, i32** %3, align 8
  store i32 %1, i32* %4, align 4
  %5 = load i32, i32* %4, align 4
  %6 = load i32*, i32** %3, align 8
  call void @putarray(i32 noundef %5, i32* noundef %6)
  ret void
}

declare void @putarray(i32 noundef, i32* noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [2 x [3 x [2 x i32]]], align 16
  %3 = alloca [3 x [3 x i32]], align 16
  %4 = alloca [5 x i32], align 16
  %5 = alloca [2 x [2 x [2 x [2 x i32]]]], align 16
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %8 = bitcast [2 x [3 x [2 x i32]]]* %2 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %8, i8 0, i64 48, i1 false)
  %9 = bitcast i8* %8 to [2 x [3 x [2 x i32]]]*
  %10 = getelementptr inbounds [2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* %9, i32 0, i32 0
  %11 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %10, i32 0, i32 0
  %12 = getelementptr inbounds [2 x i32], [2 x i32]* %11, i32 0, i32 0
  store i32 1, i32* %12, align 16
  %13 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %10, i32 0, i32 1
  %14 = getelementptr inbounds [2 x i32], [2 x i32]* %13, i32 0, i32 0
  store i32 2, i32* %14, align 8
  %15 = getelementptr inbounds [2 x i32], [2 x i32]* %13, i32 0, i32 1
  store i32 3, i32* %15, align 4
  %16 = getelementptr inbounds [2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* %9, i32 0, i32 1
  %17 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* %16, i32 0, i32 0
  %18 = getelementptr inbounds [2 x i32], [2 x i32]* %17, i32 0, i32 0
  store i32 4, i32* %18, align 8
  %19 = bitcast [3 x [3 x i32]]* %3 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %19, i8 0, i64 36, i1 false)
  %20 = bitcast i8* %19 to [3 x [3 x i32]]*
  %21 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %20, i32 0, i32 0
  %22 = getelementptr inbounds [3 x i32], [3 x i32]* %21, i32 0, i32 0
  store i32 1, i32* %22, align 16
  %23 = getelementptr inbounds [3 x i32], [3 x i32]* %21, i32 0, i32 1
  store i32 2, i32* %23, align 4
  %24 = getelementptr inbounds [3 x i32], [3 x i32]* %21, i32 0, i32 2
  store i32 3, i32* %24, align 8
  %25 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %20, i32 0, i32 1
  %26 = getelementptr inbounds [3 x i32], [3 x i32]* %25, i32 0, i32 0
  store i32 4, i32* %26, align 4
  %27 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %20, i32 0, i32 2
  %28 = getelementptr inbounds [3 x i32], [3 x i32]* %27, i32 0, i32 0
  store i32 5, i32* %28, align 8
  %29 = getelementptr inbounds [3 x i32], [3 x i32]* %27, i32 0, i32 1
  store i32 6, i32* %29, align 4
  %30 = bitcast [5 x i32]* %4 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %30, i8 0, i64 20, i1 false)
  %31 = bitcast [2 x [2 x [2 x [2 x i32]]]]* %5 to i8*
  call void @llvm.memset.p0i8.i64(i8* align 16 %31, i8 0, i64 64, i1 false)
  %32 = bitcast i8* %31 to [2 x [2 x [2 x [2 x i32]]]]*
  %33 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %32, i32 0, i32 0
  %34 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %33, i32 0, i32 0
  %35 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %34, i32 0, i32 0
  %36 = getelementptr inbounds [2 x i32], [2 x i32]* %35, i32 0, i32 0
  store i32 1, i32* %36, align 16
  %37 = getelementptr inbounds [2 x i32], [2 x i32]* %35, i32 0, i32 1
  store i32 2, i32* %37, align 4
  %38 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %34, i32 0, i32 1
  %39 = getelementptr inbounds [2 x i32], [2 x i32]* %38, i32 0, i32 0
  store i32 3, i32* %39, align 8
  %40 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %33, i32 0, i32 1
  %41 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %40, i32 0, i32 0
  %42 = getelementptr inbounds [2 x i32], [2 x i32]* %41, i32 0, i32 0
  store i32 4, i32* %42, align 16
  %43 = call i32 @sum3([3 x [2 x i32]]* noundef getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g1, i64 0, i64 0), i32 noundef 2)
  call void @putint(i32 noundef %43)
  call void @putch(i32 noundef 32)
  %44 = call i32 @sum3([3 x [2 x i32]]* noundef getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @g2, i64 0, i64 0), i32 noundef 2)
  call void @putint(i32 noundef %44)
  call void @putch(i32 noundef 32)
  %45 = getelementptr inbounds [2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* %2, i64 0, i64 0
  %46 = call i32 @sum3([3 x [2 x i32]]* noundef %45, i32 noundef 2)
  call void @putint(i32 noundef %46)
  call void @putch(i32 noundef 10)
  store i32 0, i32* %6, align 4
  br label %47

47:                                               ; preds = %50, %0
  %48 = load i32, i32* %6, align 4
  %49 = icmp slt i32 %48, 3
  br i1 %49, label %50, label %57

50:                                               ; preds = %47
  %51 = load i32, i32* %6, align 4
  %52 = sext i32 %51 to i64
  %53 = getelementptr inbounds [3 x [2 x i32]], [3 x [2 x i32]]* @g3, i64 0, i64 %52
  %54 = getelementptr inbounds [2 x i32], [2 x i32]* %53, i64 0, i64 0
  call void @dump(i32* noundef %54, i32 noundef 2)
  %55 = load i32, i32* %6, align 4
  %56 = add nsw i32 %55, 1
  store i32 %56, i32* %6, align 4
  br label %47, !llvm.loop !10

57:                                               ; preds = %47
  store i32 0, i32* %6, align 4
  br label %58

58:                                               ; preds = %61, %57
  %59 = load i32, i32* %6, align 4
  %60 = icmp slt i32 %59, 3
  br i1 %60, label %61, label %68

61:                                               ; preds = %58
  %62 = load i32, i32* %6, align 4
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [3 x [3 x i32]], [3 x [3 x i32]]* %3, i64 0, i64 %63
  %65 = getelementptr inbounds [3 x i32], [3 x i32]* %64, i64 0, i64 0
  call void @dump(i32* noundef %65, i32 noundef 3)
  %66 = load i32, i32* %6, align 4
  %67 = add nsw i32 %66, 1
  store i32 %67, i32* %6, align 4
  br label %58, !llvm.loop !11

68:                                               ; preds = %58
  %69 = getelementptr inbounds [5 x i32], [5 x i32]* %4, i64 0, i64 0
  call void @dump(i32* noundef %69, i32 noundef 5)
  store i32 0, i32* %6, align 4
  br label %70

70:                                               ; preds = %73, %68
  %71 = load i32, i32* %6, align 4
  %72 = icmp slt i32 %71, 8
  br i1 %72, label %73, label %90

73:                                               ; preds = %70
  %74 = load i32, i32* %6, align 4
  %75 = sdiv i32 %74, 4
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* @g4, i64 0, i64 %76
  %78 = load i32, i32* %6, align 4
  %79 = sdiv i32 %78, 2
  %80 = srem i32 %79, 2
  %81 = sext i32 %80 to i64
  %82 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %77, i64 0, i64 %81
  %83 = load i32, i32* %6, align 4
  %84 = srem i32 %83, 2
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %82, i64 0, i64 %85
  %87 = getelementptr inbounds [2 x i32], [2 x i32]* %86, i64 0, i64 0
  call void @dump(i32* noundef %87, i32 noundef 2)
  %88 = load i32, i32* %6, align 4
  %89 = add nsw i32 %88, 1
  store i32 %89, i32* %6, align 4
  br label %70, !llvm.loop !12

90:                                               ; preds = %70
  store i32 0, i32* %6, align 4
  br label %91

91:                                               ; preds = %94, %90
  %92 = load i32, i32* %6, align 4
  %93 = icmp slt i32 %92, 8
  br i1 %93, label %94, label %111

94:                                               ; preds = %91
  %95 = load i32, i32* %6, align 4
  %96 = sdiv i32 %95, 4
  %97 = sext i32 %96 to i64
  %98 = getelementptr inbounds [2 x [2 x [2 x [2 x i32]]]], [2 x [2 x [2 x [2 x i32]]]]* %5, i64 0, i64 %97
  %99 = load i32, i32* %6, align 4
  %100 = sdiv i32 %99, 2
  %101 = srem i32 %100, 2
  %102 = sext i32 %101 to i64
  %103 = getelementptr inbounds [2 x [2 x [2 x i32]]], [2 x [2 x [2 x i32]]]* %98, i64 0, i64 %102
  %104 = load i32, i32* %6, align 4
  %105 = srem i32 %104, 2
  %106 = sext i32 %105 to i64
  %107 = getelementptr inbounds [2 x [2 x i32]], [2 x [2 x i32]]* %103, i64 0, i64 %106
  %108 = getelementptr inbounds [2 x i32], [2 x i32]* %107, i64 0, i64 0
  call void @dump(i32* noundef %108, i32 noundef 2)
  %109 = load i32, i32* %6, align 4
  %110 = add nsw i32 %109, 1
  store i32 %110, i32* %6, align 4
  br label %91, !llvm.loop !13

111:                                              ; preds = %91
  call void @putfarray(i32 noundef 2, float* noundef getelementptr inbounds ([2 x [2 x float]], [2 x [2 x float]]* @g5, i64 0, i64 0, i64 0))
  call void @putfarray(i32 noundef 2, float* noundef getelementptr inbounds ([2 x [2 x float]], [2 x [2 x float]]* @g5, i64 0, i64 1, i64 0))
  store i32 0, i32* %6, align 4
  store i32 0, i32* %7, align 4
  br label %112

112:                                              ; preds = %115, %111
  %113 = load i32, i32* %6, align 4
  %114 = icmp slt i32 %113, 4
  br i1 %114, label %115, label %132

115:                                              ; preds = %112
  %116 = load i32, i32* %7, align 4
  %117 = mul nsw i32 %116, 10
  %118 = load i32, i32* %6, align 4
  %119 = sext i32 %118 to i64
  %120 = getelementptr inbounds [4 x [2 x i32]], [4 x [2 x i32]]* @g6, i64 0, i64 %119
  %121 = getelementptr inbounds [2 x i32], [2 x i32]* %120, i64 0, i64 0
  %122 = load i32, i32* %121, align 8
  %123 = add nsw i32 %117, %122
  %124 = load i32, i32* %6, align 4
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds [4 x [2 x i32]], [4 x [2 x i32]]* @g6, i64 0, i64 %125
  %127 = getelementptr inbounds [2 x i32], [2 x i32]* %126, i64 0, i64 1
  %128 = load i32, i32* %127, align 4
  %129 = add nsw i32 %123, %128
  store i32 %129, i32* %7, align 4
  %130 = load i32, i32* %6, align 4
  %131 = add nsw i32 %130, 1
  store i32 %131, i32* %6, align 4
  br label %112, !llvm.loop !14

132:                                              ; preds = %112
  %133 = load i32, i32* %7, align 4
  call void @putint(i32 noundef %133)
  call void @putch(i32 noundef 10)
  %134 = load i32, i32* %7, align 4
  %135 = srem i32 %134, 256
  ret i32 %135
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

declare void @putfarray(i32 noundef, float* noundef) #1

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
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
