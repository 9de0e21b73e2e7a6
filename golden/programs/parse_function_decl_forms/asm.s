	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_function_decl_forms.sy"
	.globl	zero                            # -- Begin function zero
	.p2align	1
	.type	zero,@function
zero:                                   # @zero
# %bb.0:
	li	a0, 0
	ret
.Lfunc_end0:
	.size	zero, .Lfunc_end0-zero
                                        # -- End function
	.globl	nop                             # -- Begin function nop
	.p2align	1
	.type	nop,@function
nop:                                    # @nop
# %bb.0:
	ret
.Lfunc_end1:
	.size	nop, .Lfunc_end1-nop
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function fone
.LCPI2_0:
	.word	0x3f800000                      # float 1
	.text
	.globl	fone
	.p2align	1
	.type	fone,@function
fone:                                   # @fone
# %bb.0:
.LBB2_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI2_0)
	addi	a0, a0, %pcrel_lo(.LBB2_1)
	flw	fa0, 0(a0)
	ret
.Lfunc_end2:
	.size	fone, .Lfunc_end2-fone
                                        # -- End function
	.globl	id                              # -- Begin function id
	.p2align	1
	.type	id,@function
id:                                     # @id
# %bb.0:
	ret
.Lfunc_end3:
	.size	id, .Lfunc_end3-id
                                        # -- End function
	.globl	fid                             # -- Begin function fid
	.p2align	1
	.type	fid,@function
fid:                                    # @fid
# %bb.0:
	ret
.Lfunc_end4:
	.size	fid, .Lfunc_end4-fid
                                        # -- End function
	.globl	add3                            # -- Begin function add3
	.p2align	1
	.type	add3,@function
add3:                                   # @add3
# %bb.0:
	addw	a0, a0, a1
	addw	a0, a0, a2
	ret
.Lfunc_end5:
	.size	add3, .Lfunc_end5-add3
                                        # -- End function
	.globl	first                           # -- Begin function first
	.p2align	1
	.type	first,@function
first:                                  # @first
# %bb.0:
	lw	a0, 0(a0)
	ret
.Lfunc_end6:
	.size	first, .Lfunc_end6-first
                                        # -- End function
	.globl	corner                          # -- Begin function corner
	.p2align	1
	.type	corner,@function
corner:                                 # @corner
# %bb.0:
	lw	a0, 20(a0)
	ret
.Lfunc_end7:
	.size	corner, .Lfunc_end7-corner
                                        # -- End function
	.globl	deep3                           # -- Begin function deep3
	.p2align	1
	.type	deep3,@function
deep3:                                  # @deep3
# %bb.0:
	lw	a1, 28(a0)
	lw	a0, 0(a0)
	addw	a0, a0, a1
	ret
.Lfunc_end8:
	.size	deep3, .Lfunc_end8-deep3
                                        # -- End function
	.globl	favg                            # -- Begin function favg
	.p2align	1
	.type	favg,@function
favg:                                   # @favg
# %bb.0:
	blez	a1, .LBB9_3
# %bb.1:
	slli	a2, a1, 32
	srli	a2, a2, 32
	fmv.w.x	ft0, zero
.LBB9_2:                                # =>This Inner Loop Header: Depth=1
	flw	ft1, 0(a0)
	fadd.s	ft0, ft0, ft1
	addi	a2, a2, -1
	addi	a0, a0, 4
	bnez	a2, .LBB9_2
	j	.LBB9_4
.LBB9_3:
	fmv.w.x	ft0, zero
.LBB9_4:
	fcvt.s.w	ft1, a1
	fdiv.s	fa0, ft0, ft1
	ret
.Lfunc_end9:
	.size	favg, .Lfunc_end9-favg
                                        # -- End function
	.globl	row_total                       # -- Begin function row_total
	.p2align	1
	.type	row_total,@function
row_total:                              # @row_total
# %bb.0:
	beqz	a1, .LBB10_4
# %bb.1:
	mv	a2, a0
	li	a0, 0
	addi	a1, a1, -1
	slli	a3, a1, 2
	add	a2, a2, a3
.LBB10_2:                               # =>This Inner Loop Header: Depth=1
	lw	a3, 0(a2)
	addw	a0, a0, a3
	sext.w	a3, a1
	addi	a1, a1, -1
	addi	a2, a2, -4
	bnez	a3, .LBB10_2
# %bb.3:
	ret
.LBB10_4:
	li	a0, 0
	ret
.Lfunc_end10:
	.size	row_total, .Lfunc_end10-row_total
                                        # -- End function
	.globl	set_all                         # -- Begin function set_all
	.p2align	1
	.type	set_all,@function
set_all:                                # @set_all
# %bb.0:
	blez	a1, .LBB11_3
# %bb.1:
	slli	a1, a1, 32
	srli	a1, a1, 32
.LBB11_2:                               # =>This Inner Loop Header: Depth=1
	sw	a2, 0(a0)
	addi	a1, a1, -1
	addi	a0, a0, 4
	bnez	a1, .LBB11_2
.LBB11_3:
	ret
.Lfunc_end11:
	.size	set_all, .Lfunc_end11-set_all
                                        # -- End function
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI12_0:
	.word	0x40600000                      # float 3.5
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	li	a0, 23
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB12_1:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI12_0)
	addi	a0, a0, %pcrel_lo(.LBB12_1)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	li	a0, 41
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 15
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 5
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 50
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end12:
	.size	main, .Lfunc_end12-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
