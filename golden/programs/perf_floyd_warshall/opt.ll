; ModuleID = 'perf_floyd_warshall.sy'
source_filename = "perf_floyd_warshall.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@d = dso_local local_unnamed_addr global [150 x [150 x i32]] zeroinitializer, align 16
@.str = private unnamed_addr constant [25 x i8] c"checksum=%d diameter=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getint() #2
  %2 = icmp sgt i32 %1, 0
  br i1 %2, label %4, label %3

3:                                                ; preds = %0
  tail call void @starttime() #2
  br label %86

4:                                                ; preds = %0
  %5 = zext i32 %1 to i64
  br label %6

6:                                                ; preds = %30, %4
  %7 = phi i64 [ 0, %4 ], [ %31, %30 ]
  %8 = phi i32 [ 1, %4 ], [ %15, %30 ]
  %9 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %7, i64 %7
  br label %10

10:                                               ; preds = %6, %27
  %11 = phi i64 [ 0, %6 ], [ %28, %27 ]
  %12 = phi i32 [ %8, %6 ], [ %15, %27 ]
  %13 = mul nsw i32 %12, 1103
  %14 = add nsw i32 %13, 12345
  %15 = srem i32 %14, 1000003
  %16 = icmp eq i64 %7, %11
  br i1 %16, label %17, label %18

17:                                               ; preds = %10
  store i32 0, i32* %9, align 4, !tbaa !5
  br label %27

18:                                               ; preds = %10
  %19 = srem i32 %15, 5
  %20 = icmp eq i32 %19, 0
  br i1 %20, label %21, label %23

21:                                               ; preds = %18
  %22 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %7, i64 %11
  store i32 1000000, i32* %22, align 4, !tbaa !5
  br label %27

23:                                               ; preds = %18
  %24 = srem i32 %15, 1000
  %25 = add nsw i32 %24, 1
  %26 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %7, i64 %11
  store i32 %25, i32* %26, align 4, !tbaa !5
  br label %27

27:                                               ; preds = %21, %23, %17
  %28 = add nuw nsw i64 %11, 1
  %29 = icmp eq i64 %28, %5
  br i1 %29, label %30, label %10, !llvm.loop !9

30:                                               ; preds = %27
  %31 = add nuw nsw i64 %7, 1
  %32 = icmp eq i64 %31, %5
  br i1 %32, label %33, label %6, !llvm.loop !11

33:                                               ; preds = %30
  tail call void @starttime() #2
  br i1 %2, label %34, label %86

34:                                               ; preds = %33
  %35 = zext i32 %1 to i64
  %36 = add nsw i64 %5, -1
  %37 = and i64 %5, 1
  %38 = icmp eq i64 %36, 0
  %39 = and i64 %5, 4294967294
  %40 = icmp eq i64 %37, 0
  br label %41

41:                                               ; preds = %83, %34
  %42 = phi i64 [ 0, %34 ], [ %84, %83 ]
  br label %43

43:                                               ; preds = %80, %41
  %44 = phi i64 [ 0, %41 ], [ %81, %80 ]
  %45 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %44, i64 %42
  %46 = load i32, i32* %45, align 4, !tbaa !5
  br i1 %38, label %70, label %47

47:                                               ; preds = %43, %66
  %48 = phi i64 [ %67, %66 ], [ 0, %43 ]
  %49 = phi i64 [ %68, %66 ], [ 0, %43 ]
  %50 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %42, i64 %48
  %51 = load i32, i32* %50, align 8, !tbaa !5
  %52 = add nsw i32 %51, %46
  %53 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %44, i64 %48
  %54 = load i32, i32* %53, align 8, !tbaa !5
  %55 = icmp slt i32 %52, %54
  br i1 %55, label %56, label %57

56:                                               ; preds = %47
  store i32 %52, i32* %53, align 8, !tbaa !5
  br label %57

57:                                               ; preds = %56, %47
  %58 = or i64 %48, 1
  %59 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %42, i64 %58
  %60 = load i32, i32* %59, align 4, !tbaa !5
  %61 = add nsw i32 %60, %46
  %62 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %44, i64 %58
  %63 = load i32, i32* %62, align 4, !tbaa !5
  %64 = icmp slt i32 %61, %63
  br i1 %64, label %65, label %66

65:                                               ; preds = %57
  store i32 %61, i32* %62, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %65, %57
  %67 = add nuw nsw i64 %48, 2
  %68 = add i64 %49, 2
  %69 = icmp eq i64 %68, %39
  br i1 %69, label %70, label %47, !llvm.loop !12

70:                                               ; preds = %66, %43
  %71 = phi i64 [ 0, %43 ], [ %67, %66 ]
  br i1 %40, label %80, label %72

72:                                               ; preds = %70
  %73 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %42, i64 %71
  %74 = load i32, i32* %73, align 4, !tbaa !5
  %75 = add nsw i32 %74, %46
  %76 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %44, i64 %71
  %77 = load i32, i32* %76, align 4, !tbaa !5
  %78 = icmp slt i32 %75, %77
  br i1 %78, label %79, label %80

79:                                               ; preds = %72
  store i32 %75, i32* %76, align 4, !tbaa !5
  br label %80

80:                                               ; preds = %72, %79, %70
  %81 = add nuw nsw i64 %44, 1
  %82 = icmp eq i64 %81, %35
  br i1 %82, label %83, label %43, !llvm.loop !13

83:                                               ; preds = %80
  %84 = add nuw nsw i64 %42, 1
  %85 = icmp eq i64 %84, %35
  br i1 %85, label %87, label %41, !llvm.loop !14

86:                                               ; preds = %3, %33
  tail call void @stoptime() #2
  br label %144

87:                                               ; preds = %83
  tail call void @stoptime() #2
  br i1 %2, label %88, label %144

88:                                               ; preds = %87
  %89 = zext i32 %1 to i64
  %90 = and i64 %5, 1
  %91 = icmp eq i64 %36, 0
  %92 = and i64 %5, 4294967294
  %93 = icmp eq i64 %90, 0
  br label %94

94:                                               ; preds = %139, %88
  %95 = phi i64 [ 0, %88 ], [ %142, %139 ]
  %96 = phi i32 [ 0, %88 ], [ %141, %139 ]
  %97 = phi i32 [ 0, %88 ], [ %140, %139 ]
  br i1 %91, label %123, label %98

98:                                               ; preds = %94, %98
  %99 = phi i64 [ %114, %98 ], [ 0, %94 ]
  %100 = phi i32 [ %120, %98 ], [ %96, %94 ]
  %101 = phi i32 [ %118, %98 ], [ %97, %94 ]
  %102 = phi i64 [ %121, %98 ], [ 0, %94 ]
  %103 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %95, i64 %99
  %104 = load i32, i32* %103, align 8, !tbaa !5
  %105 = or i64 %99, 1
  %106 = trunc i64 %105 to i32
  %107 = mul nsw i32 %104, %106
  %108 = add nsw i32 %107, %101
  %109 = srem i32 %108, 1000003
  %110 = icmp sgt i32 %104, %100
  %111 = select i1 %110, i32 %104, i32 %100
  %112 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %95, i64 %105
  %113 = load i32, i32* %112, align 4, !tbaa !5
  %114 = add nuw nsw i64 %99, 2
  %115 = trunc i64 %114 to i32
  %116 = mul nsw i32 %113, %115
  %117 = add nsw i32 %116, %109
  %118 = srem i32 %117, 1000003
  %119 = icmp sgt i32 %113, %111
  %120 = select i1 %119, i32 %113, i32 %111
  %121 = add i64 %102, 2
  %122 = icmp eq i64 %121, %92
  br i1 %122, label %123, label %98, !llvm.loop !15

123:                                              ; preds = %98, %94
  %124 = phi i32 [ undef, %94 ], [ %118, %98 ]
  %125 = phi i32 [ undef, %94 ], [ %120, %98 ]
  %126 = phi i64 [ 0, %94 ], [ %114, %98 ]
  %127 = phi i32 [ %96, %94 ], [ %120, %98 ]
  %128 = phi i32 [ %97, %94 ], [ %118, %98 ]
  br i1 %93, label %139, label %129

129:                                              ; preds = %123
  %130 = getelementptr inbounds [150 x [150 x i32]], [150 x [150 x i32]]* @d, i64 0, i64 %95, i64 %126
  %131 = load i32, i32* %130, align 4, !tbaa !5
  %132 = trunc i64 %126 to i32
  %133 = add i32 %132, 1
  %134 = mul nsw i32 %131, %133
  %135 = add nsw i32 %134, %128
  %136 = srem i32 %135, 1000003
  %137 = icmp sgt i32 %131, %127
  %138 = select i1 %137, i32 %131, i32 %127
  br label %139

139:                                              ; preds = %123, %129
  %140 = phi i32 [ %124, %123 ], [ %136, %129 ]
  %141 = phi i32 [ %125, %123 ], [ %138, %129 ]
  %142 = add nuw nsw i64 %95, 1
  %143 = icmp eq i64 %142, %89
  br i1 %143, label %144, label %94, !llvm.loop !16

144:                                              ; preds = %139, %86, %87
  %145 = phi i32 [ 0, %87 ], [ 0, %86 ], [ %140, %139 ]
  %146 = phi i32 [ 0, %87 ], [ 0, %86 ], [ %141, %139 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([25 x i8], [25 x i8]* @.str, i64 0, i64 0), i32 noundef %145, i32 noundef %146) #2
  %147 = srem i32 %146, 256
  ret i32 %147
}

declare i32 @getint() local_unnamed_addr #1

declare void @starttime() local_unnamed_addr #1

declare void @stoptime() local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
