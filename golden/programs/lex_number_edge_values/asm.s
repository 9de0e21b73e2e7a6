	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"lex_number_edge_values.sy"
	.section	.sdata,"aw",@progbits
	.p2align	2                               # -- Begin function main
.LCPI0_0:
	.word	0x7f7fffff                      # float 3.40282347E+38
.LCPI0_1:
	.word	0x00800000                      # float 1.17549435E-38
.LCPI0_2:
	.word	0x00000001                      # float 1.40129846E-45
.LCPI0_3:
	.word	0x34000000                      # float 1.1920929E-7
.LCPI0_4:
	.word	0x3f800000                      # float 1
.LCPI0_5:
	.word	0x4b800000                      # float 16777216
.LCPI0_6:
	.word	0x3dcccccd                      # float 0.100000001
	.text
	.globl	main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	fsd	fs0, 8(sp)                      # 8-byte Folded Spill
	lui	s0, 524288
	addiw	a0, s0, -1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lui	a0, 524288
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lui	a0, 262144
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lui	a0, 786432
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, -8
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB0_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_0)
	addi	a0, a0, %pcrel_lo(.LBB0_1)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB0_2:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_1)
	addi	a0, a0, %pcrel_lo(.LBB0_2)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB0_3:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_2)
	addi	a0, a0, %pcrel_lo(.LBB0_3)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
.LBB0_4:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_3)
	addi	a0, a0, %pcrel_lo(.LBB0_4)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB0_5:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_4)
	addi	a0, a0, %pcrel_lo(.LBB0_5)
	flw	fs0, 0(a0)
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB0_6:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_5)
	addi	a0, a0, %pcrel_lo(.LBB0_6)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 32
	call	putch@plt
.LBB0_7:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(.LCPI0_6)
	addi	a0, a0, %pcrel_lo(.LBB0_7)
	flw	fa0, 0(a0)
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	addiw	a0, s0, -128
	call	putint@plt
	li	a0, 10
	call	putch@plt
	fmv.s	fa0, fs0
	call	putfloat@plt
	li	a0, 10
	call	putch@plt
	addiw	a0, s0, 128
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 14
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	fld	fs0, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
